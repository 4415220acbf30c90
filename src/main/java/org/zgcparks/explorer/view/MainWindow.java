package org.zgcparks.explorer.view;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileServices;
import org.zgcparks.explorer.tiles.TileSettings;
import org.zgcparks.explorer.tiles.TileSourceSpec;
import org.zgcparks.explorer.view.details.DetailsPane;
import org.zgcparks.explorer.view.filter.ParkListView;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.view.map.ParkMapView;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The main window: menus, the park list (left), the map (centre), the details panel (right) and the status bar.
 * It restores and saves the window's geometry and the selected park through the settings store.
 */
public final class MainWindow {

    public static final String TITLE = "ZGC Parks Explorer";
    private static final double PAN_STEP = 120;
    private static final javafx.util.Duration PANELS_AT_THE_LATEST = javafx.util.Duration.seconds(2);

    private final Stage stage;
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final SettingsStore settings;
    private final ParkMapView map;
    /** The park list (left); null until {@link #buildSidePanels()} ran. */
    private ParkListView list;
    private final StackPane leftSlot = new StackPane();
    private final StackPane rightSlot = new StackPane();
    private final List<Runnable> onFirstFrame = new ArrayList<>();
    private final List<Runnable> onReady = new ArrayList<>();
    private boolean firstFrameShown;
    private boolean ready;
    private final Scene scene;
    private final MapTiles tiles;
    private final TileServices tileServices;
    private final WebLinks links;
    private final FactSheetActions factSheets;
    private final AnalystsTools analysts;
    private java.util.function.Consumer<java.util.Locale> languageChosen = locale -> { };
    private final EscapeRule escapeRule;
    private final PanelLayout panels;

    /** When the side panels (park list with filters and search, details tabs) are built. */
    public enum SidePanels {
        /** In the constructor, with the rest of the window. */
        AT_ONCE,
        /**
         * Right after the first frame that shows the map with every park drawn. The window then opens with the
         * menus, the map and the status bar, and empty side panes that fill in on the next frames: the skins, CSS
         * and layout of the side panels' many controls are most of a cold start's work, and the map is what the
         * user looks at first. A command that needs a side panel before then builds it at once.
         */
        AFTER_FIRST_FRAME
    }

    /** Builds the whole window at once: see {@link #MainWindow(Stage, ExplorerViewModel, Messages, SettingsStore, MapTiles, TileServices, FactSheetService, boolean, SidePanels)}. */
    public MainWindow(Stage stage, ExplorerViewModel vm, Messages messages, SettingsStore settings,
                      MapTiles tiles, TileServices tileServices, FactSheetService sheets, boolean animate) {
        this(stage, vm, messages, settings, tiles, tileServices, sheets, animate, SidePanels.AT_ONCE);
    }

    /**
     * @param tiles        the map's tiles; Settings can switch their source
     * @param tileServices builds a tile service for a source the user picks in Settings
     * @param animate      whether the map animates when it flies to a park (off in tests)
     * @param sidePanels   when the side panels are built
     */
    public MainWindow(Stage stage, ExplorerViewModel vm, Messages messages, SettingsStore settings,
                      MapTiles tiles, TileServices tileServices, FactSheetService sheets, boolean animate,
                      SidePanels sidePanels) {
        this.stage = stage;
        this.vm = vm;
        this.messages = messages;
        this.settings = settings;
        this.tiles = tiles;
        this.tileServices = tileServices;
        this.links = new WebLinks(stage, messages);
        this.factSheets = new FactSheetActions(stage, vm, messages, settings, tiles, sheets);
        this.analysts = new AnalystsTools(stage, vm, messages, settings);
        this.map = new ParkMapView(messages, tiles, links::open, animate);
        MapBinding.bind(vm, analysts.compare(), messages, map);
        map.setBasemapCredit(tileServices.basemap().shortAttribution(), tileServices.basemap().attribution());

        leftSlot.setId("left-panel");
        rightSlot.setId("right-panel");
        SplitPane split = new SplitPane(leftSlot, map, rightSlot);
        split.setId("main-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22, 0.72);
        SplitPane.setResizableWithParent(leftSlot, false);
        SplitPane.setResizableWithParent(rightSlot, false);
        panels = new PanelLayout(split, leftSlot, map, rightSlot, 0.22, 0.72);
        if (sidePanels == SidePanels.AT_ONCE) {
            buildSidePanels();
        }

        BorderPane root = new BorderPane(split);
        root.setId("root");
        root.setTop(menuBar());
        StatusBar statusBar = new StatusBar(vm, tiles, messages);
        root.setBottom(statusBar);
        settings.saveProblem().ifPresent(statusBar::showSettingsProblem);
        settings.onSaveProblem(problem -> Platform.runLater(() -> statusBar.showSettingsProblem(problem)));
        statusBar.addNotice(factSheets.noticeProperty());

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("explorer.css").toExternalForm());
        // Esc is filtered so that no control can swallow it; the other keys only act if no control used them.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onEscape);
        escapeRule = new EscapeRule(stage);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        var icon = MainWindow.class.getResourceAsStream("/bundled/icons/zgc-parks-explorer-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        restoreState();
        stage.setOnHiding(e -> saveState());
        StartupProbe.whenComplete(scene, this::allParksDrawn, this::firstFrameShown);
        if (sidePanels == SidePanels.AFTER_FIRST_FRAME) {
            // Should the map never complete a frame (a window too small to lay out, say), the panels still come.
            PauseTransition fallback = new PauseTransition(PANELS_AT_THE_LATEST);
            fallback.setOnFinished(e -> buildSidePanels());
            stage.showingProperty().addListener((obs, was, showing) -> {
                if (showing && !firstFrameShown) {
                    fallback.playFromStart();
                }
            });
        }
    }

    /**
     * Builds the park list (with search and filters) and the details panel into their panes, if not done yet.
     * Each reads the view-model's current state (dataset, filter, selection) when built.
     */
    private void buildSidePanels() {
        if (list != null) {
            return;
        }
        list = new ParkListView(vm, messages);
        DetailsPane details = new DetailsPane(vm, messages);
        details.metricsView().setActions(analysts);
        Label filterWarning = new Label(messages.get("details.filteredOut"));
        filterWarning.setId("filter-warning");
        filterWarning.getStyleClass().add("filter-warning");
        filterWarning.setWrapText(true);
        filterWarning.setMaxWidth(Double.MAX_VALUE);
        filterWarning.visibleProperty().bind(vm.selectionHiddenByFilterProperty());
        filterWarning.managedProperty().bind(filterWarning.visibleProperty());
        VBox right = new VBox(filterWarning, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        leftSlot.getChildren().setAll(list);
        rightSlot.getChildren().setAll(right);
    }

    /** Whether the side panels exist (always, unless built {@link SidePanels#AFTER_FIRST_FRAME} and not yet shown). */
    public boolean sidePanelsBuilt() {
        return list != null;
    }

    /**
     * Runs {@code firstFrame} once the first frame with every park drawn has been rendered, and {@code whenReady}
     * once a frame with the whole window (side panels included) has been: both at the same time when the side
     * panels were built at once. Used by the start-up probe; call before the window is shown.
     */
    public void onStartupFrames(Runnable firstFrame, Runnable whenReady) {
        onFirstFrame.add(firstFrame);
        onReady.add(whenReady);
    }

    /** Runs once: the probe's listener removes itself before it calls this. */
    private void firstFrameShown() {
        firstFrameShown = true;
        onFirstFrame.forEach(Runnable::run);
        if (list == null) {
            // after this pulse, not inside its post-layout listener: nodes added there may stay unpainted
            javafx.application.Platform.runLater(() -> {
                buildSidePanels();
                StartupProbe.whenComplete(scene, () -> true, this::readyShown);
            });
        } else {
            readyShown();
        }
    }

    private void readyShown() {
        ready = true;
        onReady.forEach(Runnable::run);
    }

    /** Whether a frame with the whole window, side panels included, has been rendered. */
    public boolean isReady() {
        return ready;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public ParkMapView map() {
        return map;
    }

    // ---- menus ---------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuItem open = item("menu-open", "menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> openDataset());
        MenuItem openBundled = item("menu-open-bundled", "menu.file.openBundled", null);
        openBundled.setOnAction(e -> vm.tasks().run(messages.get("task.loading"),
                () -> org.zgcparks.explorer.query.PreparedDataset.of(new org.zgcparks.explorer.dataset.DatasetLoader().loadBundled()),
                ds -> vm.setDataset(ds, org.zgcparks.explorer.dataset.DatasetLoader.BUNDLED_NAME),
                err -> Dialogs.datasetProblems(stage, messages, "bundled", asDatasetException(err)).show()));
        // Print and Export PDF act on the selected park; the booklet on the parks matching the filter.
        MenuItem print = item("menu-print", "menu.file.print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.disableProperty().bind(vm.selectedParkProperty().isNull());
        print.setOnAction(e -> factSheets.print());
        MenuItem export = item("menu-export-pdf", "menu.file.exportPdf", null);
        export.disableProperty().bind(vm.selectedParkProperty().isNull());
        export.setOnAction(e -> factSheets.exportSelected());
        MenuItem booklet = item("menu-export-booklet", "menu.file.exportBooklet", null);
        booklet.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.matchesProperty().get().isEmpty(), vm.matchesProperty()));
        booklet.setOnAction(e -> factSheets.exportBooklet());
        MenuItem printBooklet = item("menu-print-booklet", "menu.file.printBooklet", null);
        printBooklet.disableProperty().bind(booklet.disableProperty());
        printBooklet.setOnAction(e -> factSheets.printBooklet());
        MenuItem prefs = item("menu-settings", "menu.file.settings", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        prefs.setOnAction(e -> openTileSettings());
        MenuItem quit = item("menu-quit", "menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu(messages.get("menu.file"), null, open, openBundled, new SeparatorMenuItem(), print, export, booklet, printBooklet,
                new SeparatorMenuItem(), prefs, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        file.getItems().add(file.getItems().indexOf(booklet) + 1, analysts.exportDataItem());

        MenuItem find = item("menu-find", "menu.view.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> focusSearch());
        MenuItem zoomIn = item("menu-zoom-in", "menu.view.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> map.zoomBy(1));
        MenuItem zoomOut = item("menu-zoom-out", "menu.view.zoomOut", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> map.zoomBy(-1));
        // Ctrl+0 frames what the filter leaves; Ctrl+Shift+0 every park
        MenuItem matching = item("menu-zoom-matching", "menu.view.zoomMatching", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        matching.setOnAction(e -> map.showMatching(true));
        MenuItem all = item("menu-zoom-all", "menu.view.zoomAll", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        all.setOnAction(e -> map.showAll(true));
        MenuItem clear = item("menu-clear-selection", "menu.view.clearSelection", null);
        clear.setOnAction(e -> vm.clearSelection());
        MenuItem clearFilters = item("menu-clear-filters", "menu.view.clearFilters", null);
        clearFilters.setOnAction(e -> vm.clearFilters());
        ToggleGroup nonMatching = new ToggleGroup();
        RadioMenuItem dim = new RadioMenuItem(messages.get("menu.view.dim"));
        dim.setId("menu-nonmatching-dim");
        dim.setToggleGroup(nonMatching);
        RadioMenuItem hide = new RadioMenuItem(messages.get("menu.view.hide"));
        hide.setId("menu-nonmatching-hide");
        hide.setToggleGroup(nonMatching);
        (vm.nonMatchingProperty().get() == ExplorerViewModel.NonMatching.HIDE ? hide : dim).setSelected(true);
        vm.nonMatchingProperty().addListener((obs, o, m) -> (m == ExplorerViewModel.NonMatching.HIDE ? hide : dim).setSelected(true));
        dim.setOnAction(e -> vm.nonMatchingProperty().set(ExplorerViewModel.NonMatching.DIM));
        hide.setOnAction(e -> vm.nonMatchingProperty().set(ExplorerViewModel.NonMatching.HIDE));
        CheckMenuItem districtLines = new CheckMenuItem(messages.get("menu.view.districtBoundaries"));
        districtLines.setId("menu-district-boundaries");
        districtLines.selectedProperty().bindBidirectional(vm.districts().boundariesShownProperty());
        // the side panels can be hidden, the map taking their room
        CheckMenuItem showList = new CheckMenuItem(messages.get("menu.view.showList"));
        showList.setId("menu-show-list");
        showList.selectedProperty().bindBidirectional(panels.showListProperty());
        CheckMenuItem showDetails = new CheckMenuItem(messages.get("menu.view.showDetails"));
        showDetails.setId("menu-show-details");
        showDetails.selectedProperty().bindBidirectional(panels.showDetailsProperty());
        // the language last, where its submenu opens without crossing other items
        Menu view = new Menu(messages.get("menu.view"), null, find, new SeparatorMenuItem(), zoomIn, zoomOut, matching, all,
                new SeparatorMenuItem(), districtLines, new SeparatorMenuItem(), dim, hide, clearFilters,
                new SeparatorMenuItem(), clear, new SeparatorMenuItem(), showList, showDetails,
                new SeparatorMenuItem(), analysts.compareItem(),
                new SeparatorMenuItem(), WindowLanguage.menu(messages, locale -> languageChosen.accept(locale)));
        view.setId("menu-view");

        MenuItem about = item("menu-about", "menu.help.about", null);
        about.setOnAction(e -> Dialogs.about(stage, messages, vm.dataset(),
                tileServices.basemap().attribution()).show());
        MenuItem reportMap = item("menu-report-map", "menu.help.reportMap", null);
        reportMap.setOnAction(e -> links.open(TileSourceSpec.OSM_REPORT_URL));
        Menu help = new Menu(messages.get("menu.help"), null, reportMap, new SeparatorMenuItem(), about);
        help.setId("menu-help");

        MenuBar bar = new MenuBar(file, analysts.editMenu(), view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(String id, String key, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    /** Edit › Find: focuses the park search (building the side panels first if they are not built yet). */
    void focusSearch() {
        buildSidePanels();
        list.searchField().requestFocus();
        list.searchField().selectAll();
    }

    private void openDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("open.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("open.filter.all"), "*"));
        settings.get("dataset.lastFolder").map(File::new).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openDataset(chosen.toPath());
        }
    }

    /** Loads a dataset file; an invalid one leaves the current dataset and shows every problem. */
    public void openDataset(Path file) {
        if (file.getParent() != null) {
            settings.put("dataset.lastFolder", file.toAbsolutePath().getParent().toString());
        }
        vm.openDataset(file, () -> { }, e -> Dialogs.datasetProblems(stage, messages, file.getFileName().toString(), e).show());
    }

    private static org.zgcparks.explorer.dataset.DatasetException asDatasetException(Throwable t) {
        return t instanceof org.zgcparks.explorer.dataset.DatasetException de ? de
                : new org.zgcparks.explorer.dataset.DatasetException(java.util.List.of(
                        new org.zgcparks.explorer.dataset.Problem("bundled", "", 0, 0, String.valueOf(t))));
    }

    /** Compare, data export and the link to a park. */
    public AnalystsTools analysts() {
        return analysts;
    }

    /** The fact-sheet commands (print, export), for tests that bypass the file chooser. */
    FactSheetActions factSheets() {
        return factSheets;
    }

    /** Settings › Map tiles: applies the chosen source at once (tiles on screen are repainted) and saves it. */
    private void openTileSettings() {
        TileSettingsDialog dialog = new TileSettingsDialog(stage, messages, tiles.service().spec(),
                TileSettings.cacheMb(settings), tileServices.cache());
        dialog.showAndWait().ifPresent(choice -> {
            applyTileSettings(choice);
            if (choice.language() != null && !choice.language().equals(messages.locale())) {
                languageChosen.accept(choice.language()); // last: it rebuilds this window in the language
            }
        });
    }

    /** Switches to a tile source and cache size, and remembers them; a source that cannot be opened is reported. */
    boolean applyTileSettings(TileSettingsDialog.Choice choice) {
        tileServices.cache().setCapBytes(choice.cacheMb() * 1024L * 1024L);
        TileSettings.saveCacheMb(settings, choice.cacheMb());
        try {
            tiles.use(tileServices.create(choice.source(), false));
        } catch (java.io.IOException e) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    e.getMessage(), Buttons.ok(messages));
            alert.initOwner(stage);
            alert.setTitle(messages.get("settings.error.title"));
            alert.setHeaderText(messages.get("settings.error.title"));
            alert.getDialogPane().setId("settings-error-dialog");
            alert.show();
            return false;
        }
        TileSettings.saveSource(settings, choice.source());
        settings.save();
        return true;
    }

    // ---- keyboard ------------------------------------------------------------------------------------

    private void onEscape(KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (escapeRule.popupTakesEscape()) {
            return; // this Esc closes the open menu, list or popup, and does nothing else
        }
        if (list != null && scene.getFocusOwner() == list.searchField() && !list.searchField().getText().isEmpty()) {
            list.searchField().clear();
        } else {
            vm.clearSelection();
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> map.zoomBy(1);
            case MINUS, SUBTRACT -> map.zoomBy(-1);
            case LEFT -> map.panBy(-PAN_STEP, 0);
            case RIGHT -> map.panBy(PAN_STEP, 0);
            case UP -> map.panBy(0, -PAN_STEP);
            case DOWN -> map.panBy(0, PAN_STEP);
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- window state --------------------------------------------------------------------------------

    private void restoreState() {
        var w = settings.getDouble("window.width");
        var h = settings.getDouble("window.height");
        if (w.isPresent() && h.isPresent()) {
            var saved = new WindowPlacement.Box(settings.getDouble("window.x").orElse(Double.NaN),
                    settings.getDouble("window.y").orElse(Double.NaN), w.get(), h.get());
            var screens = new java.util.ArrayList<WindowPlacement.Box>();
            screens.add(box(Screen.getPrimary().getVisualBounds()));
            Screen.getScreens().stream().filter(s -> s != Screen.getPrimary())
                    .forEach(s -> screens.add(box(s.getVisualBounds())));
            WindowPlacement.Box b = WindowPlacement.place(java.util.Optional.of(saved), screens);
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            // first start: the default size, unless the screen is smaller (a 1000×700 screen gets a window that fits)
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (screen.getWidth() < WindowPlacement.DEFAULT_WIDTH || screen.getHeight() < WindowPlacement.DEFAULT_HEIGHT) {
                WindowPlacement.Box b = WindowPlacement.place(java.util.Optional.empty(), java.util.List.of(box(screen)));
                stage.setWidth(b.width());
                stage.setHeight(b.height());
                stage.setX(b.x());
                stage.setY(b.y());
            }
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
        settings.get("selection.park").ifPresent(vm::select);
        FilterSettings.restore(settings, vm);
    }

    private static WindowPlacement.Box box(Rectangle2D r) {
        return new WindowPlacement.Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private void saveState() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        var selected = vm.selectedParkProperty().get();
        settings.put("selection.park", selected == null ? null : selected.id());
        FilterSettings.save(settings, vm);
        settings.save();
    }

    /** What to do when the user picks a language (View › Language): the app rebuilds the window in it. */
    public void onLanguageChosen(java.util.function.Consumer<java.util.Locale> handler) {
        languageChosen = handler;
    }

    /** The map's centre and zoom, for a rebuilt window to show the same place. */
    org.zgcparks.explorer.model.GeoPoint mapCentre() {
        return map.centre();
    }

    double mapZoom() {
        return map.zoom();
    }

    void showMapAt(org.zgcparks.explorer.model.GeoPoint centre, double zoom) {
        map.showAt(centre, zoom);
    }

    /** Writes the window state now (the app also does this when the window closes). */
    public void save() {
        saveState();
    }

    /** Whether the map has been framed and shows every park of the dataset (for the start-up probe). */
    public boolean allParksDrawn() {
        return map.isFramed() && vm.dataset() != null && map.layer().parkCount() == vm.dataset().parks().size();
    }

    /** Shows the problems of a dataset file that could not be opened. */
    public void showDatasetProblems(String file, org.zgcparks.explorer.dataset.DatasetException e) {
        Dialogs.datasetProblems(stage, messages, file, e).show();
    }
}

package org.zgcparks.explorer.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.zgcparks.explorer.basemap.BasemapCredit;
import org.zgcparks.explorer.basemap.BasemapStyle;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.dataset.Problem;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.query.PreparedDataset;
import org.zgcparks.explorer.settings.FolderPrefs;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.details.DetailsPane;
import org.zgcparks.explorer.view.filter.ParkListView;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.view.map.ParkMapView;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.viewmodel.TileSettingsViewModel;

/**
 * The main window: the layout of the park list (left), the map (centre), the details panel (right) and the status
 * bar, the menus ({@link MainMenus}), the key bindings and the theme. It restores and saves the window's geometry
 * and the selected park through the settings store. The listeners it and its views put on longer-lived things are
 * held in one {@link ViewScope}, released by {@link #dispose()} when the window is replaced.
 */
public final class MainWindow {

    public static final String TITLE = "ZGC Parks Explorer";
    private static final double PAN_STEP = 120;
    private static final Duration PANELS_AT_THE_LATEST = Duration.seconds(2);

    private final Stage stage;
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final SettingsStore settings;
    private final ParkMapView map;
    /** The park list (left); null until {@link #buildSidePanels()} ran. */
    private ParkListView list;
    private final List<Runnable> onFirstFrame = new ArrayList<>();
    private final List<Runnable> onReady = new ArrayList<>();
    private boolean firstFrameShown;
    private boolean ready;
    private final Scene scene;
    private final MapTiles tiles;
    private final TileSourceFactory tileSources;
    private final TileSettingsViewModel tileSettings;
    private final WebLinks links;
    private final FactSheetActions factSheets;
    private final AnalystsTools analysts;
    private Consumer<Locale> languageChosen = locale -> { };
    private final EscapeRule escapeRule;
    private final PanelLayout panels;
    private final ViewScope scope = new ViewScope();
    private final FocusOrder focusOrder;
    private final WindowTheme theme;

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

    /** Builds the whole window at once: see {@link #MainWindow(Stage, ExplorerViewModel, Messages, SettingsStore, MapTiles, TileSourceFactory, FactSheetService, boolean, SidePanels)}. */
    public MainWindow(Stage stage, ExplorerViewModel vm, Messages messages, SettingsStore settings,
                      MapTiles tiles, TileSourceFactory tileSources, FactSheetService sheets, boolean animate) {
        this(stage, vm, messages, settings, tiles, tileSources, sheets, animate, SidePanels.AT_ONCE);
    }

    /**
     * @param tiles        the map's tiles; Settings can switch their source
     * @param tileSources builds a tile service for a source the user picks in Settings
     * @param animate      whether the map animates when it flies to a park (off in tests)
     * @param sidePanels   when the side panels are built
     */
    public MainWindow(Stage stage, ExplorerViewModel vm, Messages messages, SettingsStore settings,
                      MapTiles tiles, TileSourceFactory tileSources, FactSheetService sheets, boolean animate,
                      SidePanels sidePanels) {
        this.stage = stage;
        this.vm = vm;
        this.messages = messages;
        this.settings = settings;
        this.tiles = tiles;
        this.tileSources = tileSources;
        this.tileSettings = new TileSettingsViewModel(settings, tileSources, tiles::source, tiles::use);
        this.links = new WebLinks(stage, messages, vm.tasks());
        this.factSheets = new FactSheetActions(stage, vm, messages, settings, tiles, sheets);
        this.analysts = new AnalystsTools(stage, vm, messages, settings);
        this.map = new ParkMapView(messages, tiles, links::open, animate);
        MapBinding.bind(vm, analysts.compare(), messages, map);
        map.setBasemapCredit(BasemapCredit.brief(tileSources.basemap().shortAttribution(), messages),
                BasemapCredit.full(tileSources.basemap().attribution(), messages));

        panels = new PanelLayout(map, messages);
        if (sidePanels == SidePanels.AT_ONCE) {
            buildSidePanels();
        }
        theme = new WindowTheme(settings, tileSources.basemap(), tiles, scope);

        BorderPane root = new BorderPane(panels.split());
        root.setId("root");
        root.setTop(menuBar());
        StatusBar statusBar = new StatusBar(vm, tiles, messages);
        root.setBottom(statusBar);
        settings.saveProblem().ifPresent(statusBar::showSettingsProblem);
        settings.onSaveProblem(problem -> Platform.runLater(() -> statusBar.showSettingsProblem(problem)));
        statusBar.addNotice(factSheets.noticeProperty());

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("explorer.css").toExternalForm());
        theme.style(scene);
        // Esc is filtered so that no control can swallow it; the other keys only act if no control used them.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onEscape);
        escapeRule = new EscapeRule(stage);
        scope.onDispose(escapeRule::dispose);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        focusOrder = new FocusOrder(scene, List.of(panels.left(), panels.right(), map, statusBar));
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        var icon = MainWindow.class.getResourceAsStream("/bundled/icons/zgc-parks-explorer-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        theme.apply();
        WindowState.restore(stage, settings, vm);
        stage.setOnHiding(e -> WindowState.save(stage, settings, vm));
        StartupProbe.whenComplete(scene, this::allParksDrawn, this::firstFrameShown);
        if (sidePanels == SidePanels.AFTER_FIRST_FRAME) {
            // Should the map never complete a frame (a window too small to lay out, say), the panels still come.
            PauseTransition fallback = new PauseTransition(PANELS_AT_THE_LATEST);
            fallback.setOnFinished(e -> buildSidePanels());
            scope.listen(stage.showingProperty(), (obs, was, showing) -> {
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
        DetailsPane details = new DetailsPane(vm, messages, scope::listen);
        details.metricsView().setActions(analysts);
        panels.setContent(list, details.withFilterWarning(), list::wantedWidth);
    }

    /** Every control Tab visits, in order. */
    List<Node> focusOrder() {
        return focusOrder.order();
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
            Platform.runLater(() -> {
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

    // ---- menus: see MainMenus -------------------------------------------------------------------------

    private MenuBar menuBar() {
        MainMenus.Parts parts = new MainMenus.Parts(vm, messages, scope, factSheets, analysts, map, panels, links, theme.theme());
        return MainMenus.build(parts, new MainMenus.Commands(this::openDataset, this::openBundledDataset,
                this::openTileSettings, this::focusSearch,
                () -> Dialogs.about(stage, messages, vm.dataset(),
                        BasemapCredit.full(tileSources.basemap().attribution(), messages)).show(),
                stage::close, locale -> languageChosen.accept(locale), this::useTheme));
    }

    private void openBundledDataset() {
        vm.openBundled(messages.get("task.loading"),
                problems -> Dialogs.datasetProblems(stage, messages, "bundled", problems).show());
    }

    /** Edit › Find: focuses the park search (building the side panels first if they are not built yet). */
    void focusSearch() {
        buildSidePanels();
        list.searchField().requestFocus();
        list.searchField().selectAll();
    }

    private void openDataset() {
        Dialogs.chooseDataset(stage, messages, FolderPrefs.load(settings).existingDatasetFolder()).ifPresent(this::openDataset);
    }

    /** Loads a dataset file; an invalid one leaves the current dataset and shows every problem. */
    public void openDataset(Path file) {
        FolderPrefs.datasetOpened(settings, file);
        vm.openDataset(file, () -> { }, e -> Dialogs.datasetProblems(stage, messages, file.getFileName().toString(), e).show());
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
        TileSettingsDialog dialog = new TileSettingsDialog(stage, messages, tileSettings);
        dialog.showAndWait().ifPresent(choice -> {
            applyTileSettings(choice);
            if (choice.language() != null && !choice.language().equals(messages.locale())) {
                languageChosen.accept(choice.language()); // last: it rebuilds this window in the language
            }
        });
    }

    /** Switches to a tile source and cache size, and remembers them; a source that cannot be opened is reported. */
    boolean applyTileSettings(TileSettingsDialog.Choice choice) {
        Optional<String> problem = tileSettings.applyTileSettings(choice.source(), choice.cacheMb());
        problem.ifPresent(p -> TileSettingsDialog.showProblem(stage, messages, p));
        return problem.isEmpty();
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

    /** What to do when the user picks a language (View › Language): the app rebuilds the window in it. */
    public void onLanguageChosen(Consumer<Locale> handler) {
        languageChosen = handler;
    }

    /** The map's centre and zoom, for a rebuilt window to show the same place. */
    GeoPoint mapCentre() {
        return map.centre();
    }

    double mapZoom() {
        return map.zoom();
    }

    void showMapAt(GeoPoint centre, double zoom) {
        map.showAt(centre, zoom);
    }

    /** View › Theme: shows the window, its dialogs and the map's basemap in the theme, and remembers the choice. */
    void useTheme(Theme chosen) {
        theme.use(chosen);
    }

    /** Whether the window shows the dark theme now. */
    public boolean isDark() {
        return scene.getStylesheets().contains(WindowTheme.DARK_CSS);
    }

    /**
     * Releases what this window put on the longer-lived view-model, tiles and windows list, so that a replaced window
     * (after a language switch) stops reacting to them and can be collected. The stage is left as it is.
     */
    public void dispose() {
        scope.dispose();
        panels.clear(); // so that whatever still holds one panel (a tile still loading holds the map) keeps only that

    }

    /** Writes the window state now (the app also does this when the window closes). */
    public void save() {
        WindowState.save(stage, settings, vm);
    }

    /** Whether the map has been framed and shows every park of the dataset (for the start-up probe). */
    public boolean allParksDrawn() {
        return map.isFramed() && vm.dataset() != null && map.layer().parkCount() == vm.dataset().parks().size();
    }

    /** Shows the problems of a dataset file that could not be opened. */
    public void showDatasetProblems(String file, DatasetException e) {
        Dialogs.datasetProblems(stage, messages, file, e).show();
    }
}

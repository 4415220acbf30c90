package org.zgcparks.explorer.view;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.dataset.ValidationTestData;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.geo.Bounds;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.Tile;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.tiles.TileSourceInfo;
import org.zgcparks.explorer.tiles.TileStats;
import org.zgcparks.explorer.tiles.TileViewport;
import org.zgcparks.explorer.view.filter.ParkListView;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** Drives the real main window headlessly (Monocle): map clicks, list, keyboard, hover, dialogs, saved state. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {

    Dataset dataset;
    ExplorerViewModel vm;
    TestWindows ui;
    MainWindow window;
    SettingsStore settings;
    Path dir;
    MapTiles tiles;
    TileSourceFactory tileSources;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-ui-test");
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
        dataset = ui.dataset();
        vm = ui.vm();
        window = ui.window();
        settings = ui.settings();
        tiles = ui.tiles();
        tileSources = ui.services();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }


    Point2D screenPointOf(String parkId) throws Exception {
        return ui.screenPointOf(parkId);
    }

    @Test
    void opensFramedOnEveryParkWithEachOneDrawn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainWindow.TITLE, window.stage().getTitle());
        assertTrue(window.allParksDrawn());
        for (Park p : dataset.parks()) {
            String id = p.outline().isPresent() ? "#park-shape-" + p.id() : "#park-marker-" + p.id();
            assertNotNull(robot.lookup(id).tryQuery().orElse(null), id);
            Point2D pt = screenPointOf(p.id());
            Node map = robot.lookup("#map-view").query();
            assertTrue(fx(() -> map.localToScreen(map.getBoundsInLocal()).contains(pt)), p.id() + " is inside the view");
        }
        assertTrue(robot.lookup("#map-attribution").query().isVisible());
        assertTrue(fx(() -> window.map().layer().isLabelShown("haidian-park")));
        assertTrue(robot.lookup("#status-dataset").queryAs(Label.class).getText().contains("33 parks"));
    }

    @Test
    void clickingAParkOutlineOpensItsOverview(FxRobot robot) throws Exception {
        robot.clickOn(screenPointOf("fengtai-park"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fengtai-park", vm.selectedParkProperty().get().id());
        assertEquals("Fengtai Park", robot.lookup("#overview-name").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#overview-name-zh").queryAs(Label.class).getText().startsWith("丰台园"));
        Node shape = robot.lookup("#park-shape-fengtai-park").query();
        assertTrue(shape.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
        // the map flew to fit the park: it is now centred and zoomed in
        GeoPoint centre = fx(() -> window.map().centre());
        Bounds b = Bounds.of(dataset.park("fengtai-park").orElseThrow().outline().orElseThrow().parts().get(0).points());
        assertTrue(b.contains(centre), "centred on the park: " + centre);
        assertTrue(fx(() -> window.map().zoom()) > 12);
    }

    @Test
    void clickingANestedStreetSelectsTheStreetNotItsSubPark(FxRobot robot) throws Exception {
        interact(() -> vm.select("zgc-street"));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> vm.clearSelection());
        // zoomed to the street by the selection; click on its line
        Park street = dataset.park("zgc-street").orElseThrow();
        robot.clickOn(fx(() -> window.map().screenPointOf(street.centre())), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zgc-street", vm.selectedParkProperty().get().id());
    }

    @Test
    void selectingInTheListSelectsOnTheMapAndBack(FxRobot robot) throws Exception {
        // click the entry's visible text (a wide cell's centre can lie under the map)
        robot.clickOn(robot.point(listRow(robot, "haidian-park")).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new Point2D(40, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("haidian-park", vm.selectedParkProperty().get().id());
        Node shape = robot.lookup("#park-shape-haidian-park").query();
        assertTrue(shape.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
        assertEquals("Haidian Park", robot.lookup("#overview-name").queryAs(Label.class).getText());

        robot.clickOn(screenPointOf("haidian-park"), MouseButton.PRIMARY); // already selected: stays
        interact(() -> vm.select("bda"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeView<?> tree = robot.lookup("#park-list").queryAs(javafx.scene.control.TreeView.class);
        Object selectedEntry = tree.getSelectionModel().getSelectedItem().getValue();
        assertEquals("bda", ((ParkListView.Entry) selectedEntry).park().id());
    }

    @Test
    void escapeAndClickingTheBackgroundClearTheSelection(FxRobot robot) throws Exception {
        robot.clickOn(screenPointOf("daxing-park"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("daxing-park", vm.selectedParkProperty().get().id());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.selectedParkProperty().get());
        assertNotNull(robot.lookup("#details-empty").tryQuery().orElse(null));

        interact(() -> vm.select("daxing-park"));
        Node map = robot.lookup("#map-view").query();
        Point2D corner = fx(() -> map.localToScreen(20, 20)); // open country, far from any park
        robot.clickOn(corner, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.selectedParkProperty().get());
    }

    @Test
    void hoveringAParkShowsItsNameAndAHandCursor(FxRobot robot) throws Exception {
        robot.moveTo(screenPointOf("shunyi-park"));
        WaitForAsyncUtils.waitForFxEvents();
        Label card = robot.lookup("#map-tooltip").queryAs(Label.class);
        assertTrue(card.isVisible());
        assertTrue(card.getText().startsWith("Shunyi Park"), card.getText());
        assertEquals(javafx.scene.Cursor.HAND, robot.lookup("#map-view").query().getCursor());
        Node shape = robot.lookup("#park-shape-shunyi-park").query();
        assertTrue(shape.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("hovered")));
    }

    @Test
    void draggingPansAndNeverSelects(FxRobot robot) throws Exception {
        GeoPoint before = fx(() -> window.map().centre());
        robot.drag(screenPointOf("fengtai-park"), MouseButton.PRIMARY).moveBy(60, 20).moveBy(90, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.selectedParkProperty().get(), "a drag is not a click");
        GeoPoint after = fx(() -> window.map().centre());
        assertTrue(after.lon() < before.lon() && after.lat() > before.lat(), before + " -> " + after);
    }

    @Test
    void keyboardZoomPanAndFind(FxRobot robot) throws Exception {
        robot.clickOn(fx(() -> robot.lookup("#map-view").query().localToScreen(20, 20)), MouseButton.PRIMARY);
        double zoom = fx(() -> window.map().zoom());
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom + 1, fx(() -> window.map().zoom()), 1e-9);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, fx(() -> window.map().zoom()), 1e-9);
        GeoPoint before = fx(() -> window.map().centre());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.map().centre()).lon() > before.lon());

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        assertTrue(search.isFocused());
        robot.write("shunyi");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#search-hit-shunyi-park").tryQuery().orElse(null), "results appear as you type");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("shunyi-park", vm.selectedParkProperty().get().id());
        assertEquals("Shunyi Park", robot.lookup("#overview-name").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", search.getText());
    }

    @Test
    void searchingYizhuangInChineseSelectsItAndOpensItsPanel(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        robot.clickOn(search);
        interact(() -> search.setText("亦庄")); // the headless robot types key codes, not CJK input
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(List.of("bda", "yizhuang-park").contains(vm.selectedParkProperty().get().id()));
        assertTrue(robot.lookup("#overview-name-zh").queryAs(Label.class).getText().contains("亦庄")
                || robot.lookup("#overview-name-zh").queryAs(Label.class).getText().contains("北京经济技术开发区"));
        GeoPoint centre = fx(() -> window.map().centre());
        assertTrue(centre.lat() < 39.83 && centre.lat() > 39.76 && centre.lon() > 116.46, "flew to E-Town: " + centre);
    }

    @Test
    void pickingCommercialAerospaceLeavesExactlyItsParksOnMapAndList(FxRobot robot) throws Exception {
        robot.clickOn("#industry-search").write("aero");
        WaitForAsyncUtils.waitForFxEvents();
        // only a visible cell of the industry tree: recycled cells keep old texts and positions
        Node cell = robot.from(robot.lookup("#industry-tree").queryAs(Node.class)).lookup(".tree-cell")
                .match(LabeledMatchers.hasText("Commercial aerospace"))
                .match(Node::isVisible).query();
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> expected = dataset.parks().stream()
                .filter(p -> p.industries().stream().anyMatch(l -> l.industryId().equals("commercial-aerospace")))
                .map(Park::id).collect(Collectors.toSet());
        assertEquals(Set.of("haidian-park", "yizhuang-park", "bda", "rocket-street"), expected);
        Set<String> listedIds = listedParkIds(robot);
        for (Park p : dataset.parks()) {
            boolean listed = listedIds.contains(p.id());
            assertEquals(expected.contains(p.id()), listed, p.id() + " in the list; filter " + vm.filterProperty().get());
            assertEquals(!expected.contains(p.id()), fx(() -> window.map().layer().isFilteredOut(p.id())), p.id() + " on the map");
        }
        assertEquals("4 of 33 parks", robot.lookup("#park-count").queryAs(Label.class).getText());
        assertTrue(robot.from(listRow(robot, "bda")).lookup(".match-reason").queryAs(Label.class).getText()
                .contains("Commercial aerospace (leading)"));
        assertTrue(robot.lookup("#status-filter").queryAs(Label.class).getText().contains("Commercial aerospace"));
        // a dimmed park stays dimmed while hovered (its restyle for :hovered must not undo the dimming)
        Node dimmed = robot.lookup("#park-shape-fengtai-park").query();
        robot.moveTo(dimmed);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fengtai-park", vm.hoveredParkProperty().get().id());
        assertTrue(dimmed.getOpacity() < 1, "opacity while hovered: " + dimmed.getOpacity());

        // hiding instead of dimming removes the others from the map
        robot.clickOn("#menu-view").clickOn("#menu-nonmatching-hide");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.map().layer().isDrawn("fengtai-park")));
        assertTrue(fx(() -> window.map().layer().isDrawn("bda")));

        robot.clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("33 parks", robot.lookup("#park-count").queryAs(Label.class).getText());
        assertTrue(fx(() -> window.map().layer().isDrawn("fengtai-park")));
        assertEquals("", robot.lookup("#status-filter").queryAs(Label.class).getText());
    }

    @Test
    void anIndustryChipFiltersInOneClickAndTheSelectionIsNeverSilentlyHidden(FxRobot robot) throws Exception {
        interact(() -> vm.select("fangshan-park"));
        robot.clickOn("#tab-industries");
        robot.clickOn("#industry-graphene");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("graphene"), vm.filterProperty().get().industryIds());
        assertFalse(robot.lookup("#filter-warning").query().isVisible(), "Fangshan has graphene: no warning");
        interact(() -> vm.select("fengtai-park"));
        assertTrue(robot.lookup("#filter-warning").query().isVisible());
        assertTrue(fx(() -> window.map().layer().isDrawn("fengtai-park")));
        assertTrue(robot.lookup("#park-count").queryAs(Label.class).getText().contains("outside the filter"));
    }

    @Test
    void theFilterSurvivesARestart(FxRobot robot) throws Exception {
        interact(() -> vm.filterByIndustry("uav"));
        interact(() -> vm.setNonMatching(ExplorerViewModel.NonMatching.HIDE));
        interact(() -> window.save());
        Stage second = fx(Stage::new);
        ExplorerViewModel vm2 = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        interact(() -> vm2.setDataset(dataset, "bundled"));
        interact(() -> new MainWindow(second, vm2, new Messages(Locale.ENGLISH), new SettingsStore(dir.resolve("settings.properties")), tiles, tileSources, new FactSheetService(tileSources, new Messages(Locale.ENGLISH), Clock.systemUTC(), "test"), false));
        assertEquals(Set.of("uav"), vm2.filterProperty().get().industryIds());
        assertEquals(ExplorerViewModel.NonMatching.HIDE, vm2.nonMatchingProperty().get());
        assertEquals(List.of("yanqing-park"), vm2.matchingParks().stream().map(Park::id).toList());
        interact(second::close);
    }

    @Test
    void anInvalidDatasetShowsEveryProblemAndKeepsTheCurrentOne(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, ValidationTestData.VALID.replace("\"lat\": 39.98", "\"lat\": 31.0")
                .replace("\"unit\": \"firms\", ", ""), UTF_8);
        interact(() -> window.openDataset(broken));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea problems = robot.lookup("#dataset-problems").queryAs(TextArea.class);
        assertTrue(problems.getText().contains("broken.json:15:"), problems.getText());
        assertTrue(problems.getText().contains("outside Beijing"));
        assertTrue(problems.getText().contains("no unit"));
        assertSame(dataset, vm.dataset());
        robot.clickOn("OK");
    }

    @Test
    void aValidUserDatasetReplacesTheMap(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, ValidationTestData.VALID, UTF_8);
        interact(() -> window.openDataset(mine));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.parks().size());
        assertNotNull(robot.lookup("#park-shape-p1").tryQuery().orElse(null));
        assertTrue(robot.lookup("#park-shape-haidian-park").tryQuery().isEmpty());
        assertTrue(robot.lookup("#status-dataset").queryAs(Label.class).getText().startsWith("mine.json"));
    }

    @Test
    void windowStateAndSelectionAreSaved(FxRobot robot) throws Exception {
        interact(() -> vm.select("inno-way"));
        interact(() -> window.save());
        SettingsStore reread = new SettingsStore(dir.resolve("settings.properties"));
        assertEquals("inno-way", reread.get("selection.park").orElseThrow());
        assertTrue(reread.getDouble("window.width").orElseThrow() >= 800);
        assertFalse(reread.get("window.x").isEmpty());
    }

    @Test
    void theSelectionIsRestoredFromSettings(FxRobot robot) throws Exception {
        settings.put("selection.park", "im-way");
        settings.save();
        Stage second = fx(Stage::new);
        ExplorerViewModel vm2 = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        interact(() -> vm2.setDataset(dataset, "bundled"));
        interact(() -> new MainWindow(second, vm2, new Messages(Locale.ENGLISH), new SettingsStore(dir.resolve("settings.properties")), tiles, tileSources, new FactSheetService(tileSources, new Messages(Locale.ENGLISH), Clock.systemUTC(), "test"), false));
        assertEquals("im-way", vm2.selectedParkProperty().get().id());
        interact(second::close);
    }

    @Test
    void aboutNamesTheSourcesAndLicences(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#about-text").queryAs(TextArea.class).getText();
        assertTrue(text.contains("© OpenStreetMap contributors"));
        assertTrue(text.contains("GNU GPL v3.0"));
        assertTrue(text.contains("Beijing Yizhuang plans to develop six future industries"));
        robot.clickOn("OK");
    }

    @Test
    void theTileRetrieverNeverHandsGluonAFailedFutureOrABlankTile(FxRobot robot) throws Exception {
        TileSource failing = new TileSource() {
            @Override
            public CompletableFuture<Tile> load(TileKey key) {
                if (key.x() == 0) {
                    throw new IllegalStateException("source exploded");
                }
                return CompletableFuture.failedFuture(new IOException("no network"));
            }

            @Override
            public void setViewport(TileViewport viewport) {
            }

            @Override
            public TileStats stats() {
                return new TileStats();
            }

            @Override
            public TileSourceChoice spec() {
                return new TileSourceChoice.Osm();
            }

            @Override
            public TileSourceInfo info() {
                return new TileSourceInfo("failing", true, "", "");
            }

            @Override
            public NetworkStatus status() {
                return NetworkStatus.ONLINE;
            }

            @Override
            public boolean isStayingOffline() {
                return false;
            }

            @Override
            public void addListener(Listener listener) {
            }

            @Override
            public void retry() {
            }

            @Override
            public void shutdown() {
            }
        };
        AppTileRetriever.install(fx(() -> new MapTiles(failing)));
        try {
            AppTileRetriever retriever = new AppTileRetriever();
            for (var future : List.of(retriever.loadTile(10, 843, 388), retriever.loadTile(10, 0, 388),
                    retriever.loadTile(3, 99, 0))) {
                assertFalse(future.isCompletedExceptionally());
                javafx.scene.image.Image img = future.get(5, TimeUnit.SECONDS);
                assertEquals(256, img.getWidth());
                int argb = fx(() -> img.getPixelReader().getArgb(10, 10));
                assertEquals(0xFF, argb >>> 24, "an opaque tile, not a blank one");
            }
        } finally {
            AppTileRetriever.install(tiles);
        }
    }

    /** The visible row of the park list that shows this park. */
    static Node listRow(FxRobot robot, String parkId) {
        return robot.lookup("#park-list").lookup(".park-list-cell").match(Node::isVisible)
                .match((Node row) -> ParkListView.parkOf(row)
                        .map(p -> p.id().equals(parkId)).orElse(false))
                .query();
    }

    /** The parks the list holds (its tree items; cells are recycled, so they are not the truth). */
    static Set<String> listedParkIds(FxRobot robot) {
        javafx.scene.control.TreeView<?> tree = robot.lookup("#park-list").queryAs(javafx.scene.control.TreeView.class);
        Set<String> ids = new HashSet<>();
        for (var group : tree.getRoot().getChildren()) {
            for (var item : group.getChildren()) {
                ids.add(((ParkListView.Entry) item.getValue()).park().id());
            }
        }
        return ids;
    }

    static void interact(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}

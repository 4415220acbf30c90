package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileServices;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.viewmodel.SynchronousTaskRunner;

/**
 * The window as the app opens it: the map first, the side panels built right after the first frame with every park
 * drawn (see {@link MainWindow.SidePanels#AFTER_FIRST_FRAME}).
 */
@ExtendWith(ApplicationExtension.class)
class StagedStartupUiTest {

    Path dir;
    Dataset dataset;
    TileServices services;
    MapTiles tiles;
    final List<String> frames = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage unused) throws Exception {
        dir = Files.createTempDirectory("zgc-staged-test");
        dataset = new DatasetLoader().loadBundled();
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(dataset.parks());
        services = new TileServices(dir.resolve("cache"), 50L << 20, "ZGCParksExplorer-test", basemap);
        tiles = new MapTiles(TileServices.offlineOnly(basemap));
        AppTileRetriever.install(tiles);
    }

    /** A staged main window (not shown yet) that records what it looked like at each start-up frame. */
    MainWindow staged(Stage stage, ExplorerViewModel vm, SettingsStore settings) {
        Messages messages = new Messages(Locale.ENGLISH);
        MainWindow w = new MainWindow(stage, vm, messages, settings, tiles, services,
                new FactSheetService(services, messages, Clock.systemUTC(), "test"), false,
                MainWindow.SidePanels.AFTER_FIRST_FRAME);
        w.onStartupFrames(() -> frames.add("first frame: parks drawn " + w.allParksDrawn() + ", panels " + w.sidePanelsBuilt()),
                () -> frames.add("ready: panels " + w.sidePanelsBuilt()));
        return w;
    }

    @Test
    void theMapComesFirstAndThePanelsFollowShowingTheStateSetBeforeThem(FxRobot robot) throws Exception {
        SettingsStore settings = new SettingsStore(dir.resolve("settings.properties"));
        settings.put("selection.park", "im-way");
        settings.save();
        ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), new SynchronousTaskRunner());
        ExplorerUiTest.interact(() -> vm.setDataset(dataset, DatasetLoader.BUNDLED_NAME));
        Stage stage = ExplorerUiTest.fx(Stage::new);
        MainWindow window = ExplorerUiTest.fx(() -> staged(stage, vm, settings));

        assertFalse(ExplorerUiTest.fx(window::sidePanelsBuilt));
        assertTrue(robot.lookup("#park-list").tryQuery().isEmpty());
        // as --industry does: a filter set after the window is built, before its panels exist
        ExplorerUiTest.interact(() -> vm.filterByIndustry("uav"));
        ExplorerUiTest.interact(stage::show);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ExplorerUiTest.fx(window::isReady));

        assertEquals(List.of("first frame: parks drawn true, panels false", "ready: panels true"), frames);
        assertEquals(dataset.park("im-way").orElseThrow().names().en(),
                robot.lookup("#overview-name").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#filter-warning").query().isVisible(), "IM Way has no UAV industry");
        String count = robot.lookup("#park-count").queryAs(Label.class).getText();
        assertTrue(count.startsWith("1 of " + dataset.parks().size()) && count.contains("outside the filter"), count);
        ExplorerUiTest.interact(stage::close);
    }

    @Test
    void findBeforeTheFirstFrameBuildsThePanelsAtOnce(FxRobot robot) throws Exception {
        ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), new SynchronousTaskRunner());
        ExplorerUiTest.interact(() -> vm.setDataset(dataset, DatasetLoader.BUNDLED_NAME));
        Stage stage = ExplorerUiTest.fx(Stage::new);
        MainWindow window = ExplorerUiTest.fx(() -> staged(stage, vm, new SettingsStore(dir.resolve("find.properties"))));

        ExplorerUiTest.interact(() -> {
            stage.show();
            window.focusSearch(); // in the same FX turn as show(): no frame has been drawn yet
        });
        assertTrue(ExplorerUiTest.fx(window::sidePanelsBuilt));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ExplorerUiTest.fx(window::isReady));
        assertEquals(List.of("first frame: parks drawn true, panels true", "ready: panels true"), frames);
        assertSame(robot.lookup("#search-field").query(), ExplorerUiTest.fx(() -> stage.getScene().getFocusOwner()));
        ExplorerUiTest.interact(stage::close);
    }
}

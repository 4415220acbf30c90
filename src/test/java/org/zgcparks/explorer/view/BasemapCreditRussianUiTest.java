package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.factsheet.FactSheetService;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.task.DaemonPool;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.AppTileRetriever;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** In a Russian window the offline basemap's credit is in Russian, on the map and in Help › About. */
@ExtendWith(ApplicationExtension.class)
class BasemapCreditRussianUiTest {

    static final Locale RU = new Locale("ru");

    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("zgc-basemap-ui");
        Dataset dataset = new DatasetLoader().loadBundled();
        OfflineBasemap basemap = OfflineBasemap.loadInBackground(RU, Optional.empty(), DaemonPool.of("basemap", 1));
        basemap.setParks(dataset.parks());
        TileSourceFactory services = new TileSourceFactory(dir.resolve("cache"), 50L << 20, "ZGCParksExplorer-test", basemap);
        // OpenStreetMap's tiles chosen but kept offline: the basemap's tiles show, and its credit names OpenStreetMap
        tiles = new MapTiles(services.create(new TileSourceChoice.Osm(), true));
        AppTileRetriever.install(tiles);
        ExplorerViewModel vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        vm.setDataset(dataset, DatasetLoader.BUNDLED_NAME);
        Messages messages = new Messages(RU);
        new MainWindow(stage, vm, messages, new SettingsStore(dir.resolve("settings.properties")), tiles, services,
                new FactSheetService(services, messages, Clock.systemUTC(), "test"), false);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }

    @Test
    void theMapAndAboutCreditTheBasemapInRussian(FxRobot robot) {
        Hyperlink credit = robot.lookup("#map-attribution").queryAs(Hyperlink.class);
        assertTrue(credit.getText().contains("© участники OpenStreetMap (ODbL), GSHHG (LGPL), GeoNames (CC BY 4.0), Natural Earth"),
                credit.getText());
        assertFalse(credit.getText().contains("contributors"), "OpenStreetMap credited once, in Russian: " + credit.getText());
        robot.moveTo("#map-attribution");
        WaitForAsyncUtils.waitForFxEvents();
        String full = credit.getTooltip().getText();
        assertTrue(full.startsWith("Картографические данные © участники OpenStreetMap, ODbL 1.0"), full);
        assertFalse(full.contains("Place names") || full.contains("Made with"), full);
        robot.clickOn("#menu-help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        String about = robot.lookup("#about-text").queryAs(TextArea.class).getText();
        assertTrue(about.contains("Реки и водохранилища: GSHHG © The GMT Team (Wessel & Smith), LGPL-3.0-or-later"), about);
        Button ok = robot.lookup("#about-dialog .button").queryAs(Button.class);
        robot.interact(ok::fire);
    }
}

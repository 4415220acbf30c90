package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.TestTileServer;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.UrlTemplate;
import org.zgcparks.explorer.view.map.MapTiles;

/**
 * The map's tiles in the running window, against a tile server on 127.0.0.1 that is first down, then up: the
 * status bar says offline with a Retry, the map shows the offline basemap, and after Retry the tiles in view are
 * replaced without a restart. Also the attribution and the Settings dialog.
 */
@ExtendWith(ApplicationExtension.class)
class MapTilesUiTest {

    Path dir;
    int port;
    MapTiles tiles;
    MainWindow window;
    TestTileServer server;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-tiles-ui");
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        TileSourceChoice spec = new TileSourceChoice.Xyz(UrlTemplate.parse("http://127.0.0.1:" + port + "/{z}/{x}/{y}.png",
                List.of(), ""), TileSourceChoice.OSM_ATTRIBUTION, TileSourceChoice.OSM_COPYRIGHT_URL);
        TestWindows ui = TestWindows.open(stage, dir, services -> {
            try {
                return services.create(spec, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        tiles = ui.tiles();
        window = ui.window();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void offlineShowsTheBasemapAndRetryFillsInTilesWhenTheServerIsBack(FxRobot robot) throws Exception {
        Label network = robot.lookup("#status-network").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> network.getText().equals("Offline — showing cached tiles"));
        assertTrue(robot.lookup("#status-retry").query().isVisible());
        assertTrue(TestWindows.fx(() -> tiles.provisionalInView()) > 0, "the offline basemap stands in");
        Hyperlink credit = robot.lookup("#map-attribution").queryAs(Hyperlink.class);
        assertTrue(credit.isVisible());
        assertEquals("© OpenStreetMap contributors", credit.getText());

        server = new TestTileServer(port);
        robot.clickOn("#status-retry");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> tiles.statusProperty().get() == NetworkStatus.ONLINE);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> TestWindows.fx(() -> tiles.provisionalInView()) == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(server.count() > 0);
        assertEquals("Tiles: 127.0.0.1", network.getText());
        assertFalse(robot.lookup("#status-retry").query().isVisible());
    }

    @Test
    void settingsSwitchTheSourceAtOnceAndRememberIt(FxRobot robot) throws Exception {
        robot.clickOn("#menu-file").clickOn("#menu-settings");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#settings-tiles-xyz");
        javafx.scene.control.TextField url = robot.lookup("#settings-tile-url").queryAs(javafx.scene.control.TextField.class);
        ExplorerUiTest.interact(() -> url.setText("https://tiles.example.com/{z}/{x}.png"));
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#settings-error").queryAs(Label.class);
        assertTrue(error.isVisible(), "a bad template keeps the dialog open");
        assertTrue(error.getText().contains("{z}, {x} and {y}"), error.getText());
        robot.clickOn("#settings-tiles-offline");
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(NetworkStatus.LOCAL, tiles.statusProperty().get());
        assertEquals("Tiles: Offline basemap (local)", robot.lookup("#status-network").queryAs(Label.class).getText());
        assertEquals("Offline basemap · park outlines approximate",
                robot.lookup("#map-attribution").queryAs(Hyperlink.class).getText());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> TestWindows.fx(() -> tiles.provisionalInView()) == 0);
        SettingsStore reread = new SettingsStore(dir.resolve("settings.properties"));
        assertEquals("offline", reread.get("tiles.source").orElseThrow());
    }
}

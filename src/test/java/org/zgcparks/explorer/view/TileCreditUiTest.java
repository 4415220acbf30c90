package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.UrlTemplate;
import org.zgcparks.explorer.view.map.MapTiles;

/**
 * A custom tile server given without an attribution (as {@code --tile-url} alone allows) is credited by its host,
 * never as the offline basemap; the Tile Settings dialog asks for the attribution before it accepts such a server.
 */
@ExtendWith(ApplicationExtension.class)
class TileCreditUiTest {

    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("zgc-tile-credit");
        // the port is closed: the map shows the offline basemap, and is still credited to the server chosen
        TileSourceChoice spec = new TileSourceChoice.Xyz(UrlTemplate.parse("http://127.0.0.1:9/{z}/{x}/{y}.png",
                List.of(), ""), "", "");
        tiles = TestWindows.open(stage, dir, services -> {
            try {
                return services.create(spec, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }

    @Test
    void whenEveryTileIsTheOfflineBasemapTheStatusBarSaysSoAndCountsNoTileAsLoaded(FxRobot robot) throws Exception {
        Label status = robot.lookup("#status-tiles").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> TestWindows.fx(() -> tiles.source().stats().pending() == 0 && tiles.provisionalInView() > 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tiles: offline basemap", TestWindows.fx(status::getText));
        assertEquals(0, tiles.source().stats().fetched());
    }

    @Test
    void aServerWithoutAttributionIsCreditedByItsHostAndTheDialogAsksForOne(FxRobot robot) throws Exception {
        assertEquals("Tiles: 127.0.0.1", robot.lookup("#map-attribution").queryAs(Hyperlink.class).getText());

        robot.clickOn("#menu-file").clickOn("#menu-settings");
        WaitForAsyncUtils.waitForFxEvents();
        TextField attribution = robot.lookup("#settings-tile-attribution").queryAs(TextField.class);
        assertTrue(attribution.getPromptText().contains("credit"), attribution.getPromptText());
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#settings-error").queryAs(Label.class);
        assertTrue(error.isVisible(), "the dialog stays open and asks");
        assertEquals("Enter the attribution that 127.0.0.1 requires; it is shown on the map.", error.getText());

        ExplorerUiTest.interact(() -> attribution.setText("© Loopback Maps"));
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("© Loopback Maps", robot.lookup("#map-attribution").queryAs(Hyperlink.class).getText());
    }
}

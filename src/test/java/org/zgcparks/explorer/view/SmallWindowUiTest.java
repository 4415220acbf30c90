package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** At 1000×700 the map keeps room and the selected park, the map's notes do not overlap, panels can be hidden. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowUiTest {

    Dataset dataset;
    ExplorerViewModel vm;
    MainWindow window;
    MapTiles tiles;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        TestWindows ui = TestWindows.open(stage, Files.createTempDirectory("zgc-small-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
        dataset = ui.dataset();
        vm = ui.vm();
        window = ui.window();
        tiles = ui.tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        // the primary stage is shared by every UI test class: give it back at the size the others expect
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get();
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }


    Bounds onScreen(Node n) throws Exception {
        return fx(() -> n.localToScreen(n.getBoundsInLocal()));
    }

    @Test
    void at1000x700TheMapKeepsRoomAndTheSelectedParkInView(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select("bda"));
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node map = robot.lookup("#map-view").query();
        double mapWidth = fx(() -> window.map().getWidth());
        assertTrue(mapWidth >= 450, "the map keeps at least 450 px of 1000: " + mapWidth);
        Park bda = dataset.park("bda").orElseThrow();
        Point2D centre = fx(() -> window.map().screenPointOf(bda.centre()));
        assertTrue(onScreen(map).contains(centre), "E-Town's centre is in view: " + centre + " in " + onScreen(map));

        Bounds note = onScreen(robot.lookup("#map-accuracy-note").query());
        Bounds credit = onScreen(robot.lookup("#map-attribution").query());
        assertFalse(note.intersects(credit), "the note " + note + " and the credit " + credit + " overlap");
        assertTrue(onScreen(map).contains(note.getMinX(), note.getMinY()) && onScreen(map).contains(credit.getMaxX() - 1, credit.getMaxY() - 1),
                "both inside the map");

        robot.interact(() -> stage.setWidth(800)); // the smallest window: the map about 380 px wide
        WaitForAsyncUtils.waitForFxEvents();
        // the note's room follows the credit's width, which settles a pulse later: wait (bounded) for it to settle
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onScreen(robot.lookup("#map-accuracy-note").query())
                    .intersects(onScreen(robot.lookup("#map-attribution").query())));
        } catch (TimeoutException e) {
            // the assertion below says what overlaps
        }
        Bounds narrowNote = onScreen(robot.lookup("#map-accuracy-note").query());
        Bounds narrowCredit = onScreen(robot.lookup("#map-attribution").query());
        assertFalse(narrowNote.intersects(narrowCredit), "at 800 px the note " + narrowNote + " and the credit " + narrowCredit + " overlap");
        assertTrue(onScreen(map).contains(fx(() -> window.map().screenPointOf(bda.centre()))), "E-Town still in view");
    }

    @Test
    void theViewMenuHidesAndShowsTheListAndTheDetails(FxRobot robot) throws Exception {
        double before = fx(() -> window.map().getWidth());
        robot.clickOn("#menu-view").clickOn("#menu-show-list");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scene().getRoot().lookup("#left-panel") == null, "the list is hidden");
        double without = fx(() -> window.map().getWidth());
        assertTrue(without > before + 100, before + " -> " + without);
        robot.clickOn("#menu-view").clickOn("#menu-show-details");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scene().getRoot().lookup("#right-panel") == null, "the details are hidden");
        robot.clickOn("#menu-view").clickOn("#menu-show-list");
        robot.clickOn("#menu-view").clickOn("#menu-show-details");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scene().getRoot().lookup("#left-panel") != null && window.scene().getRoot().lookup("#right-panel") != null,
                "both back");
        assertTrue(Math.abs(fx(() -> window.map().getWidth()) - before) < 30, "the map as wide as before");
    }
}

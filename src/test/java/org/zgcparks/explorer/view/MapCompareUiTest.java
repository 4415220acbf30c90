package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Point2D;
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
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.viewmodel.CompareViewModel;

/** Ctrl-click on the map adds a park to Compare or takes it out; a plain click still selects. */
@ExtendWith(ApplicationExtension.class)
class MapCompareUiTest {

    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = TestWindows.open(stage, Files.createTempDirectory("zgc-map-compare-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    void ctrlClick(FxRobot robot, Point2D at) {
        robot.moveTo(at).press(KeyCode.CONTROL).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlClickAddsAndRemovesAParkFromCompareWithoutSelectingIt(FxRobot robot) throws Exception {
        CompareViewModel compare = ui.window().analysts().compare();
        Park fengtai = ui.dataset().park("fengtai-park").orElseThrow();
        Park shunyi = ui.dataset().park("shunyi-park").orElseThrow();
        ctrlClick(robot, ui.screenPointOf("fengtai-park"));
        ctrlClick(robot, ui.screenPointOf("shunyi-park"));
        assertEquals(List.of(fengtai, shunyi), List.copyOf(compare.parks()));
        assertEquals(null, ui.vm().selectedParkProperty().get(), "a Ctrl-click does not select");
        assertTrue(ui.window().map().notice().orElseThrow().contains("Shunyi Park added to Compare (2 chosen)"),
                ui.window().map().notice().toString());

        ctrlClick(robot, ui.screenPointOf("fengtai-park"));
        assertEquals(List.of(shunyi), List.copyOf(compare.parks()), "a second Ctrl-click takes it out");
        assertTrue(ui.window().map().notice().orElseThrow().contains("taken out of Compare"));

        robot.clickOn(ui.screenPointOf("fengtai-park"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fengtai, ui.vm().selectedParkProperty().get(), "a plain click selects");
        assertEquals(List.of(shunyi), List.copyOf(compare.parks()));
    }

    @Test
    void aFullCompareSaysSoAndKeepsItsParks(FxRobot robot) throws Exception {
        CompareViewModel compare = ui.window().analysts().compare();
        List<Park> six = ui.dataset().parks().stream().filter(p -> !p.id().equals("fengtai-park")).limit(6).toList();
        robot.interact(() -> compare.setAll(six));
        ctrlClick(robot, ui.screenPointOf("fengtai-park"));
        assertEquals(six, List.copyOf(compare.parks()));
        assertTrue(ui.window().map().notice().orElseThrow().contains("at most 6 parks"));
    }
}

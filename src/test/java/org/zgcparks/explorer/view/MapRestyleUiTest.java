package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.map.ParkLayer;

/** The park layer restyles its parks once per change of the selection or the filter, and not at all on hover. */
@ExtendWith(ApplicationExtension.class)
class MapRestyleUiTest {

    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = TestWindows.open(stage, Files.createTempDirectory("zgc-restyle-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    ParkLayer layer() {
        return ui.window().map().layer();
    }

    /** Runs the change, waits until the layer has restyled and the frame is over, and gives how many restyles it took. */
    int restylesOf(FxRobot robot, Runnable change) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int before = fx(() -> layer().restyles());
        robot.interact(change);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> layer().restyles()) > before);
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> layer().restyles()) - before;
    }

    @Test
    void aSelectionChangeRestylesOnce(FxRobot robot) throws Exception {
        assertEquals(1, restylesOf(robot, () -> ui.vm().select("fengtai-park")), "selecting a park");
        assertEquals(1, restylesOf(robot, () -> ui.vm().select("bda")), "selecting another park");
        assertEquals(1, restylesOf(robot, () -> ui.vm().clearSelection()), "clearing the selection");
    }

    @Test
    void aFilterChangeRestylesOnceAndAHoverNotAtAll(FxRobot robot) throws Exception {
        assertEquals(1, restylesOf(robot, () -> ui.vm().filterByIndustry("commercial-aerospace")), "filtering");
        int before = fx(() -> layer().restyles());
        robot.moveTo(ui.screenPointOf("shunyi-park"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.vm().hoveredParkProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx(() -> layer().restyles()), "hovering a park restyles nothing but that park");
    }
}

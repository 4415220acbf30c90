package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.tiles.TileServices;
import org.zgcparks.explorer.viewmodel.FxTaskRunner;

/** Printing a booklet runs in the background with the app's task runner: progress, and Cancel stops it. */
@ExtendWith(ApplicationExtension.class)
class PrintBookletUiTest {

    Path dir;
    TestWindows ui;
    FxTaskRunner tasks;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-print-booklet-ui");
        tasks = new FxTaskRunner();
        ui = TestWindows.build(stage, dir, s -> TileServices.offlineOnly(s.basemap()), MainWindow.SidePanels.AT_ONCE, tasks);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tasks.shutdown();
        ui.tiles().service().shutdown();
    }

    @Test
    void printingABookletShowsProgressAndCancelStopsItBeforeTheJobIsSent(FxRobot robot) throws Exception {
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(new FactSheetActions.PrintSetup(
                () -> Optional.of(FactSheetUiTest.refusingPrinter()), SheetPrinter.noDialog())));
        ExplorerUiTest.interact(() -> ui.window().factSheets().printBooklet());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-progress-dialog").tryQuery().isPresent());
        ProgressBar bar = robot.lookup("#export-progress").queryAs(ProgressBar.class);
        assertNotNull(bar);
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#print-progress-dialog").tryQuery().isEmpty());
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        assertEquals("Printing cancelled; nothing was sent", ExplorerUiTest.fx(notice::getText));
        assertTrue(robot.lookup("#print-failed-dialog").tryQuery().isEmpty(), "cancelled before it reached the printer");
    }
}

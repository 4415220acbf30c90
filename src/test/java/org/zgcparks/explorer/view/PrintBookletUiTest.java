package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javax.print.PrintService;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.task.DaemonPool;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Booklets, printed or exported, run in the background with the app's task runner: a dialog follows the task's
 * progress, and its Cancel stops the task.
 */
@ExtendWith(ApplicationExtension.class)
class PrintBookletUiTest {

    Path dir;
    TestWindows ui;
    TaskRunner tasks;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-print-booklet-ui");
        tasks = new TaskRunner(DaemonPool.of("task", 2), Platform::runLater);
        ui = TestWindows.build(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()), MainWindow.SidePanels.AT_ONCE, tasks);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tasks.shutdown();
        ui.tiles().source().shutdown();
    }

    /**
     * A printer that takes PDF jobs, but says so only once {@code gate} opens; it has no way to receive a job (a job
     * sent to it fails), so the test sees whether the Cancel stopped the job before it was sent.
     */
    static PrintService printerAnsweringAfter(CountDownLatch gate) {
        return (PrintService) Proxy.newProxyInstance(PrintBookletUiTest.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> "Office";
                    case "getAttribute" -> {
                        if (args[0] == PrinterIsAcceptingJobs.class) {
                            assertTrue(gate.await(30, TimeUnit.SECONDS), "Cancel was pressed");
                            yield PrinterIsAcceptingJobs.ACCEPTING_JOBS;
                        }
                        yield null;
                    }
                    case "isDocFlavorSupported" -> true;
                    case "hashCode" -> 2;
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void printingABookletShowsProgressAndCancelStopsItBeforeTheJobIsSent(FxRobot robot) throws Exception {
        // the printer answers whether it takes jobs only once Cancel was pressed: however fast the booklet is laid
        // out, the job cannot be sent before the Cancel
        CountDownLatch cancelPressed = new CountDownLatch(1);
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(new FactSheetActions.PrintSetup(
                () -> Optional.of(printerAnsweringAfter(cancelPressed)), SheetPrinter.noDialog())));
        ExplorerUiTest.interact(() -> ui.window().factSheets().printBooklet());
        robot.clickOn("#booklet-options-continue"); // the booklet's options as first offered: English, no charts
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-progress-dialog").tryQuery().isPresent());
        ProgressBar bar = robot.lookup("#export-progress").queryAs(ProgressBar.class);
        assertNotNull(bar);
        robot.clickOn("#export-cancel");
        cancelPressed.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#print-progress-dialog").tryQuery().isEmpty());
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        assertEquals("Printing cancelled; nothing was sent", TestWindows.fx(notice::getText));
        assertTrue(robot.lookup("#print-failed-dialog").tryQuery().isEmpty(), "cancelled before it reached the printer");
    }

    @Test
    void exportingABookletShowsTheTasksProgressAndCancelStopsItWritingNoFile(FxRobot robot) throws Exception {
        int parks = TestWindows.fx(() -> ui.vm().parks().size());
        Path pdf = dir.resolve("all-parks.pdf");
        ExplorerUiTest.interact(() -> ui.window().factSheets().exportBooklet(pdf));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Label pages = robot.lookup("#export-pages").queryAs(Label.class);
        ProgressBar bar = robot.lookup("#export-progress").queryAs(ProgressBar.class);
        Label status = robot.lookup("#status-task").queryAs(Label.class);
        // the first park written reaches the dialog through the task's properties
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> TestWindows.fx(bar::getProgress) > 0);
        String written = TestWindows.fx(pages::getText);
        assertTrue(written.matches("Park [1-9]\\d* of " + parks), written);
        double progress = TestWindows.fx(bar::getProgress);
        assertTrue(progress < 1, "part of the booklet: " + progress);
        assertEquals("Writing PDF…", TestWindows.fx(status::getText), "the status bar names the running task");
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#export-cancelled-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#export-dialog").tryQuery().isEmpty(), "the progress dialog closed");
        assertFalse(Files.exists(pdf), "a cancelled booklet leaves no file");
        assertEquals(0, (int) TestWindows.fx(() -> tasks.runningProperty().get()));
        assertEquals("", TestWindows.fx(status::getText));
    }
}

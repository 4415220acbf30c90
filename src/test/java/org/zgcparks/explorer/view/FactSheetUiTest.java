package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.print.PrintService;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.factsheet.PageFormat;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** Print and PDF export from the running window, with no printer (Print offers PDF) and with one that refuses jobs. */
@ExtendWith(ApplicationExtension.class)
class FactSheetUiTest {

    Path dir;
    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-sheets-ui");
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    static MenuItem menuItem(TestWindows ui, String id) {
        return ui.window().scene().getRoot().lookupAll("#menu-bar").stream().findFirst()
                .map(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream()
                        .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow())
                .orElseThrow();
    }

    @Test
    void printAndExportNeedASelectedPark(FxRobot robot) throws Exception {
        assertTrue(menuItem(ui, "menu-print").isDisable());
        assertTrue(menuItem(ui, "menu-export-pdf").isDisable());
        assertFalse(menuItem(ui, "menu-export-booklet").isDisable(), "the booklet takes the filtered parks");
        ExplorerUiTest.interact(() -> ui.vm().select("bda"));
        assertFalse(menuItem(ui, "menu-print").isDisable());
        assertFalse(menuItem(ui, "menu-export-pdf").isDisable());
    }

    @Test
    void printShowsAPreviewAndWithNoPrinterOffersPdf(FxRobot robot) throws Exception {
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(
                new FactSheetActions.PrintSetup(Optional::empty, SheetPrinter.noDialog())));
        ExplorerUiTest.interact(() -> ui.vm().select("haidian-park"));
        robot.clickOn("#menu-file").clickOn("#menu-print");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-preview-image").tryQuery().isPresent());
        ImageView preview = robot.lookup("#print-preview-image").queryAs(ImageView.class);
        assertNotNull(preview.getImage());
        assertTrue(preview.getImage().getWidth() > 500, "an A4 page at 96 dpi");
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#no-printer-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#no-printer-dialog").query();
        assertTrue(dialog.isVisible());
        assertNotNull(robot.lookup("#no-printer-export").query());
    }

    /** A printer that refuses jobs, as the print system describes one (no real printer needed). */
    static PrintService refusingPrinter() {
        return (PrintService) Proxy.newProxyInstance(FactSheetUiTest.class.getClassLoader(), new Class<?>[] {PrintService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "Office";
                    case "getAttribute" -> args[0] == PrinterIsAcceptingJobs.class ? PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS
                            : args[0] == PrinterState.class ? PrinterState.STOPPED : null;
                    case "isDocFlavorSupported" -> false;
                    case "hashCode" -> 1;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "Office";
                    default -> null;
                });
    }

    @Test
    void aPrinterThatRefusesTheJobIsReportedWithItsReason(FxRobot robot) throws Exception {
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(
                new FactSheetActions.PrintSetup(() -> Optional.of(refusingPrinter()), SheetPrinter.noDialog())));
        Park park = ui.dataset().park("fengtai-park").orElseThrow();
        ExplorerUiTest.interact(() -> ui.window().factSheets().sendToPrinter(park));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-failed-dialog").tryQuery().isPresent());
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        assertEquals("Printing failed: The printer Office is not accepting jobs; printer state: stopped",
                TestWindows.fx(notice::getText));
    }

    @Test
    void exportingTheSelectedParkWritesItsSheet(FxRobot robot) throws Exception {
        Park park = ui.dataset().park("fengtai-park").orElseThrow();
        Path pdf = dir.resolve("fengtai.pdf");
        ExplorerUiTest.interact(() -> ui.window().factSheets().exportPark(park, pdf, PageFormat.A4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-done-dialog").tryQuery().isPresent());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Fengtai Park") && text.contains("丰台园"));
        }
    }

    @Test
    void theBookletHoldsTheFilteredParks(FxRobot robot) throws Exception {
        ExplorerUiTest.interact(() -> ui.vm().setFilter(ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace"))));
        int matches = TestWindows.fx(() -> ui.vm().matchesProperty().get().size());
        Path pdf = dir.resolve("booklet.pdf");
        ExplorerUiTest.interact(() -> ui.window().factSheets().exportBooklet(pdf));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#export-done-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#export-dialog").tryQuery().isEmpty(), "the progress dialog closed");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= matches + 2, "cover, contents and each park's sheet");
        }
    }

    @Test
    void aFailedExportIsShownAndWritesNothing(FxRobot robot) throws Exception {
        Park park = ui.dataset().park("bda").orElseThrow();
        Path pdf = dir.resolve("no/such/folder/bda.pdf");
        ExplorerUiTest.interact(() -> ui.window().factSheets().exportPark(park, pdf, PageFormat.A4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-failed-dialog").tryQuery().isPresent());
        assertFalse(Files.exists(pdf));
    }
}

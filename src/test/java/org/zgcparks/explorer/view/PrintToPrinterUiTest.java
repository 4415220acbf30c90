package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Printing to a real print system: File › Print…, Print… in the preview, and the job reaches the system's default
 * printer. CI installs CUPS with the cups-pdf virtual printer (see .ci/print-check), whose output is a PDF in the
 * folder its configuration names (~/PDF by default); the test finds that file: titled with the job's name (the
 * park's), as many pages as the sheet, and drawn. (Its text cannot be read back: CUPS's filters and cups-pdf's
 * Ghostscript re-encode every font, so even an {@code lp} of a plain text file comes out as unreadable glyph codes.)
 * The interactive dialog is replaced by the default printer with the default settings. Where no printer is installed
 * the test is skipped (the no-printer path is tested in {@link FactSheetUiTest}).
 */
@ExtendWith(ApplicationExtension.class)
class PrintToPrinterUiTest {

    Path dir;
    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-print-ui");
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    /**
     * The default printer, when it is a virtual PDF printer (cups-pdf): the test skips where there is none, and never
     * prints on paper on a machine whose default printer is a real one.
     */
    static Optional<PrintService> virtualPdfPrinter() {
        Optional<PrintService> printer = SheetPrinter.defaultPrinter();
        assumeTrue(printer.isPresent(), "no printer is installed here; .ci/print-check installs CUPS with cups-pdf");
        assumeTrue(printer.get().getName().toLowerCase(Locale.ROOT).contains("pdf")
                && Files.exists(Path.of("/etc/cups/cups-pdf.conf")),
                "the default printer " + printer.get().getName() + " is not the cups-pdf virtual printer; nothing is printed");
        return printer;
    }

    /** Where cups-pdf writes: the "Out" line of its configuration, ${HOME} expanded; ~/PDF if it says nothing. */
    static Path cupsPdfFolder() throws IOException {
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        String out = "${HOME}/PDF";
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                if (line.matches("\\s*Out\\s+.*")) {
                    out = line.strip().substring(3).strip();
                }
            }
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home")));
    }

    @Test
    void aSheetPrintedOnTheDefaultPrinterReachesIt(FxRobot robot) throws Exception {
        Optional<PrintService> printer = virtualPdfPrinter();
        Instant before = Instant.now().minusSeconds(1);
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(
                new FactSheetActions.PrintSetup(SheetPrinter::defaultPrinter, SheetPrinter.noDialog())));
        ExplorerUiTest.interact(() -> ui.vm().select("haidian-park"));
        robot.clickOn("#menu-file").clickOn("#menu-print");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#print-print").tryQuery().isPresent());
        robot.clickOn("#print-print");
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !TestWindows.fx(notice::getText).isEmpty());
        String said = TestWindows.fx(notice::getText);
        assertTrue(said.startsWith("Sent ") && said.contains(printer.get().getName()), said);
        Path folder = cupsPdfFolder();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> printedSince(folder, before).isPresent());
        Path printed = printedSince(folder, before).orElseThrow();
        int pages = Integer.parseInt(said.replaceAll("^Sent (\\d+) pages? .*$", "$1"));
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            String title = doc.getDocumentInformation().getTitle();
            assertTrue(title != null && title.contains("Haidian Park fact sheet"), "the job's name: " + title);
            assertEquals(pages, doc.getNumberOfPages(), "every page of the sheet was printed");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 40);
            long ink = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    ink += (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(ink > page.getWidth() * page.getHeight() / 10, "the printed page shows the sheet: " + ink);
        }
        System.out.println("print-check: printed " + printed);
    }

    @Test
    void aBookletOfTheFilteredParksIsPrintedWithProgress(FxRobot robot) throws Exception {
        Optional<PrintService> printer = virtualPdfPrinter();
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(
                new FactSheetActions.PrintSetup(SheetPrinter::defaultPrinter, SheetPrinter.noDialog())));
        ExplorerUiTest.interact(() -> ui.vm().setFilter(
                ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace"))));
        ExplorerUiTest.interact(() -> ui.window().factSheets().printBooklet());
        robot.clickOn("#booklet-options-continue"); // the booklet's options as first offered: English, no charts
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !TestWindows.fx(notice::getText).isEmpty());
        String said = TestWindows.fx(notice::getText);
        assertTrue(said.matches("Sent \\d+ pages to the printer " + printer.get().getName()), said);
        assertTrue(robot.lookup("#print-progress-dialog").tryQuery().isEmpty(), "the progress dialog closed");
    }

    /** The newest complete PDF of the sheet written to the folder since the test began (others may print too). */
    static Optional<Path> printedSince(Path folder, Instant since) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isAfter(since) && Files.size(p) > 1000
                            && isComplete(p);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
            return pdfs.stream().max((a, b) -> a.toString().compareTo(b.toString()));
        }
    }

    private static boolean isComplete(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String title = doc.getDocumentInformation().getTitle();
            return doc.getNumberOfPages() > 0 && title != null && title.contains("Haidian Park fact sheet");
        } catch (IOException e) {
            return false;
        }
    }
}

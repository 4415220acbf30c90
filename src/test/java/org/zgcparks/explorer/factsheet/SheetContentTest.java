package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** Every fact on paper, nothing cut, continued pages and contents links, read back from the PDF. */
class SheetContentTest {

    static Dataset ds;
    static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    FactSheetService service() {
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        return new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test", basemap), EN,
                FactSheetWriterTest.CLOCK, "9.9.9");
    }

    /** The text of one table column on every page, lines joined by spaces (wrapped cells read as one). */
    static String column(PDDocument doc, float fromFraction, float toFraction) throws IOException {
        StringBuilder all = new StringBuilder();
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            float x0 = ParkPage.MARGIN, cw = box.getWidth() - 2 * ParkPage.MARGIN;
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            area.addRegion("col", new Rectangle2D.Float(x0 + fromFraction * cw - 1, 0,
                    (toFraction - fromFraction) * cw - 1, box.getHeight()));
            area.extractRegions(page);
            all.append(area.getTextForRegion("col")).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    @Test
    void eTownsSheetHoldsEveryFigureEveryPolicyAndSourceAndCutsNothing() throws Exception {
        Park bda = ds.park("bda").orElseThrow();
        Path pdf = dir.resolve("bda.pdf");
        service().writePark(ds, bda, PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        Formats formats = new Formats(EN);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (String line : text.split("\\R")) {
                assertFalse(line.contains("…"), "nothing is cut: " + line);
            }
            String names = column(doc, 0, 0.40f), values = column(doc, 0.40f, 0.63f), periods = column(doc, 0.63f, 0.88f);
            List<Metric> metrics = ds.metricsOf("bda");
            assertEquals(29, metrics.size());
            for (Metric m : metrics) {
                assertTrue(names.contains(m.name().en()), "figure " + m.name().en());
                assertTrue(values.contains(formats.value(m)), "value " + formats.value(m) + " of " + m.id());
                assertTrue(periods.contains(formats.period(m)), "period " + formats.period(m) + " of " + m.id());
                if (m.kind() == MetricKind.TARGET) {
                    assertTrue(values.contains("target: " + formats.value(m)), "a target says so: " + m.id());
                }
            }
            String flat = text.replaceAll("\\s+", " ");
            for (Policy p : ds.policiesOf("bda")) {
                assertTrue(flat.contains(p.title().en()), p.title().en());
                assertTrue(flat.contains(p.issuer().en()), p.issuer().en());
                if (!p.projectReading().isBlank()) {
                    assertTrue(flat.contains("Project's reading (not in the sources): " + p.projectReading().en()),
                            "the project's reading of " + p.id());
                }
            }
            for (Source s : ds.sourcesOf(bda)) {
                assertTrue(flat.contains(s.title()), s.title());
            }
            int economy = flat.indexOf("Economy and output"), investment = flat.indexOf("Investment and trade"),
                    plans = flat.indexOf("Plans and targets");
            assertTrue(economy > 0 && economy < investment && investment < plans, "themes in reading order");
            assertTrue(flat.indexOf("Foreign capital actually utilised") > investment
                    && flat.indexOf("Foreign capital actually utilised") < plans, "foreign capital under investment");
        }
    }

    @Test
    void aManyFigureParkContinuesOnASecondPageWithHeadersAndPageNumbers() throws Exception {
        Path pdf = dir.resolve("bda.pdf");
        service().writePark(ds, ds.park("bda").orElseThrow(), PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            String first = page(doc, 1), second = page(doc, 2), third = page(doc, 3);
            assertTrue(first.contains("Page 1 of 3"), first);
            assertTrue(second.contains("Page 2 of 3"), second);
            assertTrue(third.contains("Page 3 of 3")
                    && third.contains("Beijing Economic-Technological Development Area (E-Town) (continued)"), third);
            assertTrue(second.contains("Beijing Economic-Technological Development Area (E-Town) (continued)"), second);
            assertTrue(second.contains("Key figures (continued)"), "the table's section goes on: " + second);
            assertTrue(second.contains("Figure") && second.contains("Value") && second.contains("Period"),
                    "the table's header row is repeated");
            assertFalse(first.contains("(continued)"));
        }
        Path small = dir.resolve("fengtai.pdf");
        service().writePark(ds, ds.park("fengtai-park").orElseThrow(), PageFormat.A4, new TileSourceChoice.Osm(), small);
        try (PDDocument doc = Loader.loadPDF(small.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "a park with few facts stays on one page");
            assertTrue(page(doc, 1).contains("Page 1 of 1"));
            Park fengtai = ds.park("fengtai-park").orElseThrow();
            assertTrue(page(doc, 1).replaceAll("\\s+", " ").contains(fengtai.projectReading().en()),
                    "the park's reading, marked as the project's, is on its sheet");
        }
    }

    @Test
    void contentsLinksAndNumbersPointAtEachParksFirstPage() throws Exception {
        Path pdf = dir.resolve("all.pdf");
        Progress progress = new Progress();
        service().writeBooklet(ds, ds.parks(), "", PageFormat.A4, new TileSourceChoice.Osm(), pdf, progress);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Integer> targets = new ArrayList<>();
            int contentsPages = 0;
            for (int p = 1; p < doc.getNumberOfPages() && page(doc, p + 1).contains("Contents"); p++) {
                contentsPages++;
                for (PDAnnotation a : doc.getPage(p).getAnnotations()) {
                    PDPageDestination dest = (PDPageDestination) ((PDActionGoTo) ((PDAnnotationLink) a).getAction())
                            .getDestination();
                    targets.add(doc.getPages().indexOf(dest.getPage()));
                }
            }
            assertEquals(ds.parks().size(), targets.size(), "a link per park");
            StringBuilder contents = new StringBuilder();
            for (int p = 2; p < 2 + contentsPages; p++) {
                contents.append(page(doc, p));
            }
            String contentsText = contents.toString().replaceAll("\\s+", " ");
            for (int i = 0; i < targets.size(); i++) {
                Park park = ds.parks().get(i);
                int pageIndex = targets.get(i);
                String target = page(doc, pageIndex + 1);
                assertTrue(target.startsWith(park.names().en().substring(0, Math.min(10, park.names().en().length()))), park.id() + " links to its page: " + target);
                assertFalse(target.contains("(continued)" + System.lineSeparator() + park.names().zh()),
                        "the first page, not a continued one");
                assertTrue(page(doc, pageIndex).contains("Page") && !page(doc, pageIndex).startsWith(park.names().en()),
                        "the page before belongs to another park or the contents");
                assertTrue(contentsText.contains(" " + (pageIndex + 1) + " "), "the printed number of " + park.id());
            }
            assertTrue(page(doc, targets.get(ds.parks().indexOf(ds.park("bda").orElseThrow())) + 2)
                    .contains("booklet page " + (targets.get(ds.parks().indexOf(ds.park("bda").orElseThrow())) + 2)));
        }
    }

    static String page(PDDocument doc, int pageNo) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(pageNo);
        s.setEndPage(pageNo);
        return s.getText(doc);
    }
}

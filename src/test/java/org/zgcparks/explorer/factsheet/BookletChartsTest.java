package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.query.FilteredParks;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** A booklet made with charts has vector chart pages; one made in another language is in that language throughout. */
class BookletChartsTest {

    @TempDir
    Path dir;

    static Dataset bundled;

    @BeforeAll
    static void load() throws Exception {
        bundled = new DatasetLoader().loadBundled();
    }

    private FactSheetService service(Dataset ds, Locale locale) {
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        return new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test", basemap),
                new Messages(locale), Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), "9.9.9");
    }

    /** The bundled dataset, plus a target of the same name, unit and period for three parks. */
    private static Dataset withTargets() {
        List<Metric> metrics = new ArrayList<>(bundled.metrics());
        String[][] targets = {{"bda", "120"}, {"zgc-street", "45.5"}, {"inno-way", "80"}};
        for (String[] t : targets) {
            metrics.add(new Metric("t-" + t[0], t[0], new LocalizedText("Output value to reach", "产值目标", "Целевой объём"),
                    Qualifier.EXACT, new BigDecimal(t[1]), Optional.empty(), "billion", "CNY",
                    LocalizedText.english("2030"), MetricKind.TARGET, Optional.empty(),
                    List.of(Citation.of(bundled.sources().get(0).id())), LocalizedText.EMPTY, LocalizedText.EMPTY));
        }
        return new Dataset(bundled.info(), bundled.sources(), bundled.regions(), bundled.districts(),
                bundled.industryGroups(), bundled.industries(), bundled.parks(), bundled.policies(), metrics);
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc).replaceAll("\\s+", " ");
    }

    static int forms(PDResources res) throws IOException {
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aBookletWithChartsHasVectorChartPagesAfterTheContentsAndALineForThem() throws Exception {
        Dataset ds = withTargets();
        List<Park> parks = List.of("bda", "zgc-street", "inno-way").stream().map(id -> ds.park(id).orElseThrow()).toList();
        Path pdf = dir.resolve("booklet.pdf");
        service(ds, Locale.ENGLISH).writeBooklet(ds, parks, "", PageFormat.A4, new TileSourceChoice.Osm(), pdf,
                new Progress(), new BookletOptions(Locale.ENGLISH, true));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(text(doc, 2).contains("Charts"), "the contents list the charts: " + text(doc, 2));
            String charts = text(doc, 3);
            assertTrue(charts.startsWith("Charts"), charts);
            assertTrue(charts.contains("Industries by number of parks (3 parks)"), charts);
            assertTrue(charts.contains("Output value to reach — 2030"), "the figure and its period: " + charts);
            assertTrue(charts.contains("Target (2030)"), "the legend marks targets: " + charts);
            assertTrue(charts.contains("CNY 120 billion") && charts.contains("CNY 45.5 billion"), "values with the unit");
            for (Park p : parks) {
                assertTrue(charts.contains(p.names().en()), p.names().en() + " in " + charts);
            }
            PDPage page = doc.getPage(2);
            assertTrue(forms(page.getResources()) >= 2, "each chart is a vector form");
            assertEquals(0, FactSheetWriterTest.imagesWithin(page.getResources()), "no image: the charts are vectors");
            assertEquals("Charts", doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
            assertTrue(text(doc, 4).contains(parks.get(0).names().en()), "the parks follow the charts");
        }
    }

    @Test
    void withoutChartsTheBookletIsAsBefore() throws Exception {
        Dataset ds = withTargets();
        List<Park> parks = List.of(ds.park("bda").orElseThrow(), ds.park("inno-way").orElseThrow());
        Path pdf = dir.resolve("plain.pdf");
        service(ds, Locale.ENGLISH).writeBooklet(ds, parks, "", PageFormat.A4, new TileSourceChoice.Osm(), pdf,
                new Progress());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertFalse(text(doc, 2).contains("Charts"));
            assertTrue(text(doc, 3).contains(parks.get(0).names().en()), "the first park follows the contents");
        }
    }

    @Test
    void aBookletMadeInChineseFromAnEnglishAppIsChineseThroughout() throws Exception {
        Dataset ds = withTargets();
        FactSheetService english = service(ds, Locale.ENGLISH);
        Messages zh = new Messages(Locale.CHINESE);
        Park bda = ds.park("bda").orElseThrow();
        FilteredParks chosen = FilteredParks.of(ds, new ParkFilter(Set.of(), ParkFilter.MatchMode.ANY,
                Set.of(bda.kind()), Set.of()), zh);
        assertTrue(chosen.parks().contains(bda), "the filter selects bda");
        List<Park> parks = List.of(bda, ds.park("zgc-street").orElseThrow());
        Path pdf = dir.resolve("zh.pdf");
        english.writeBooklet(ds, parks, chosen.description(), PageFormat.A4, new TileSourceChoice.Osm(), pdf,
                new Progress(), new BookletOptions(Locale.CHINESE, true));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String cover = text(doc, 1);
            assertTrue(cover.contains(zh.get("cover.title")), cover);
            assertTrue(cover.contains(chosen.description()), "the filter in Chinese: " + cover);
            assertFalse(cover.contains("Park fact sheets"), cover);
            assertTrue(text(doc, 2).contains(zh.get("contents.title")), text(doc, 2));
            String charts = text(doc, 3);
            assertTrue(charts.contains("图表") && charts.contains("产值目标") && charts.contains("1200 亿元"), charts);
            assertTrue(charts.contains(parks.get(0).names().zh()), charts);
            assertTrue(text(doc, 4).contains(parks.get(0).names().zh()), "the park page in Chinese");
        }
        assertEquals(Locale.ENGLISH, english.language(), "the app's own sheets stay English");
    }
}

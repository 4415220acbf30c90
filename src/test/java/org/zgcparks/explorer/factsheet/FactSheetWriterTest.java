package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** Fact sheets as a reader gets them: the PDF's text, images, pages, bookmarks and pixels. */
class FactSheetWriterTest {

    static Dataset ds;
    static final Messages EN = new Messages(Locale.ENGLISH);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    FactSheetService service() {
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        return new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test", basemap), EN, CLOCK, "9.9.9");
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aParkSheetHasItsNamesFiguresIndustriesPoliciesAndSourcesAsText() throws Exception {
        Park bda = ds.park("bda").orElseThrow();
        Path pdf = dir.resolve("bda.pdf");
        service().writePark(ds, bda, PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        String text = text(pdf);
        assertTrue(text.contains("Beijing Economic-Technological Development Area (E-Town)"));
        assertTrue(text.contains("北京经济技术开发区"), "Chinese is text, not pixels");
        assertTrue(text.contains("Пекинская зона"), "and so is Russian");
        Formats formats = new Formats(EN);
        List<Metric> metrics = ds.metricsOf("bda");
        for (Metric m : metrics.subList(0, 3)) {
            assertTrue(text.contains(m.name().en()), m.name().en());
            assertTrue(text.contains(formats.value(m)), formats.value(m));
            assertTrue(text.contains(formats.period(m)), formats.period(m));
        }
        assertTrue(text.contains("Integrated circuits"));
        assertTrue(text.contains("Leading:") && text.contains("Planned:"));
        String flat = text.replaceAll("\\s+", " ");
        for (Source s : ds.sourcesOf(bda)) {
            assertTrue(flat.contains(s.publisher()), s.publisher());
        }
        assertTrue(text.contains("Data as of 2024-09-19"));
        assertTrue(text.contains("Generated 2026-11-22 by ZGC Parks Explorer 9.9.9"));
        assertTrue(text.contains("Page 1 of 3") && text.contains("Page 3 of 3"), "E-Town's facts take three pages");
        assertTrue(text.contains("approximate"));
        assertTrue(text.contains("Map: offline basemap"), "no tiles are cached here, and the sheet says so");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("+"), font.getName() + " is a subset");
            }
        }
    }

    @Test
    void theMapIsVectorGraphicsWithItsTextAsTextAndThePageRendersToSomethingNotBlank() throws Exception {
        Path pdf = dir.resolve("haidian.pdf");
        service().writePark(ds, ds.park("haidian-park").orElseThrow(), PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(0, imagesWithin(doc.getPage(0).getResources()), "no tile is cached: no raster image at all");
            assertTrue(text(pdf).contains("Haidian Park"), "the park's map label is text");
            assertTrue(text(pdf).contains("Basemap: Map data © OpenStreetMap contributors"), "the basemap is credited");

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            ImageIO.write(page, "png", dir.resolve("page.png").toFile());
            long ink = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            assertTrue(ink > page.getWidth() * page.getHeight() / 10, "a tenth of the page at least is drawn: " + ink);
        }
    }

    @Test
    void aBookletIsCoverContentsAndEachParksSheetWithBookmarks() throws Exception {
        Path pdf = dir.resolve("all.pdf");
        Progress progress = new Progress();
        List<Park> parks = ds.parks();
        service().writeBooklet(ds, parks, "", PageFormat.A4, new TileSourceChoice.Osm(), pdf, progress);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(progress.pages(), doc.getNumberOfPages());
            assertTrue(doc.getNumberOfPages() > parks.size() + 2, "some parks take more than a page");
            int bookmarks = 0;
            for (var item = doc.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null; item = item.getNextSibling()) {
                bookmarks++;
            }
            assertEquals(parks.size(), bookmarks);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            assertTrue(cover.contains("Park fact sheets") && cover.contains("33 parks") && cover.contains("none (all parks)"));
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(doc);
            assertTrue(contents.contains("Contents") && contents.contains("Haidian Park"));
            assertEquals(parks.size(), doc.getPage(1).getAnnotations().size(), "each contents line links to its page");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertTrue(stripper.getText(doc).contains(parks.get(0).names().en()));
        }
        assertEquals(progress.total(), progress.done());
        assertEquals(parks.size(), progress.total(), "progress counts parks");
    }

    @Test
    void letterLandscapeIsHonoured() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        service().writePark(ds, ds.park("zgc-street").orElseThrow(), new PageFormat(PageFormat.Paper.LETTER, true),
                new TileSourceChoice.Osm(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(792, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(612, doc.getPage(0).getMediaBox().getHeight(), 0.5);
        }
    }

    @Test
    void cancellingOrFailingLeavesNoFileBehind() throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        Progress progress = new Progress();
        progress.cancel();
        assertThrows(CancellationException.class, () -> service().writeBooklet(ds, ds.parks(), "", PageFormat.A4,
                new TileSourceChoice.Osm(), pdf, progress));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("cancelled")), "no half PDF, no .part");
        }
        FactSheetException e = assertThrows(FactSheetException.class, () -> service().writePark(ds,
                ds.park("bda").orElseThrow(), PageFormat.A4, new TileSourceChoice.Osm(), dir.resolve("no/such/folder/x.pdf")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        FactSheetException mb = assertThrows(FactSheetException.class, () -> service().writePark(ds,
                ds.park("bda").orElseThrow(), PageFormat.A4, new TileSourceChoice.MbTiles(dir.resolve("none.mbtiles"), ""),
                dir.resolve("x.pdf")));
        assertTrue(mb.getMessage().contains("not found"), mb.getMessage());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    /** How many raster images a page's resources hold, inside its form XObjects too. */
    static int imagesWithin(PDResources res) throws IOException {
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                n += imagesWithin(form.getResources());
            }
        }
        return n;
    }
}

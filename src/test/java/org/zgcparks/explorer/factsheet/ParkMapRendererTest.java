package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** Fact-sheet maps: the park named on its own map, as text; labels that never meet; vector, not pixels. */
class ParkMapRendererTest {

    static final float X = 40, Y = 420, W = 515, H = 290;
    static Dataset ds;
    static PdfFonts fonts;
    static TileSource offline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
        fonts = PdfFonts.discover();
        offline = TileSourceFactory.offlineOnly(new OfflineBasemap());
    }

    @AfterAll
    static void close() {
        offline.shutdown();
    }

    static ParkMapRenderer renderer(Locale locale) {
        Messages m = new Messages(locale);
        return new ParkMapRenderer(offline, new BasemapRenderer(new BasemapLoader().loadBundled(), locale), m);
    }

    /** Draws one park's map on a page of a new document and returns what was placed. */
    static ParkMapRenderer.SheetMap draw(ParkMapRenderer r, PDDocument doc, Park park) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            return r.draw(doc, cs, fonts.embedIn(doc), ds.parks(), park, X, Y, W, H);
        }
    }

    @Test
    void everyParkIsLabelledOnItsOwnMapAndNoLabelMeetsAnotherTheFurnitureOrTheFrame() throws Exception {
        ParkMapRenderer r = renderer(Locale.ENGLISH);
        try (PDDocument doc = new PDDocument()) {
            for (Park park : ds.parks()) {
                ParkMapRenderer.SheetMap map = draw(r, doc, park);
                List<SheetMapLabels.Label> labels = map.labels();
                assertTrue(labels.stream().anyMatch(l -> l.park() && l.text().equals(r.shortName(park))),
                        park.id() + " is labelled on its own map: " + labels);
                assertTrue(labels.stream().anyMatch(l -> !l.park()), park.id() + ": the basemap names places around it");
                for (int i = 0; i < labels.size(); i++) {
                    Rectangle2D a = labels.get(i).box();
                    assertTrue(a.getMinX() >= 0 && a.getMinY() >= 0 && a.getMaxX() <= W && a.getMaxY() <= H,
                            park.id() + ": " + labels.get(i) + " crosses the frame");
                    for (Rectangle2D f : map.furniture()) {
                        assertFalse(a.intersects(f), park.id() + ": " + labels.get(i) + " meets furniture at " + f);
                    }
                    for (int j = i + 1; j < labels.size(); j++) {
                        assertFalse(a.intersects(labels.get(j).box()),
                                park.id() + ": " + labels.get(i) + " meets " + labels.get(j));
                    }
                }
                assertFalse(map.basemapCredit().isBlank(), "the basemap is credited");
                assertFalse(map.sourceTilesUsed());
            }
        }
    }

    @Test
    void theParksNameIsTextInsideTheMapAreaInTheSheetsLanguage() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE, Locale.forLanguageTag("ru"))) {
            ParkMapRenderer r = renderer(locale);
            Park park = ds.park("rocket-street").orElseThrow();
            Path pdf = dir.resolve("map-" + locale + ".pdf");
            try (PDDocument doc = new PDDocument()) {
                draw(r, doc, park);
                doc.save(pdf.toFile());
            }
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripperByArea strip = new PDFTextStripperByArea();
                float pageH = doc.getPage(0).getMediaBox().getHeight();
                strip.addRegion("map", new Rectangle2D.Float(X, pageH - Y - H, W, H));
                strip.extractRegions(doc.getPage(0));
                String text = strip.getTextForRegion("map").replaceAll("\\s+", " ");
                String name = r.shortName(park);
                assertTrue(text.contains(name), locale + ": \"" + name + "\" in the map's text: " + text);
            }
        }
    }

    @Test
    void aBookletOfEveryParkIsSmallBecauseItsMapsAreVectors() throws Exception {
        Messages en = new Messages(Locale.ENGLISH);
        FactSheetService service = new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test",
                new OfflineBasemap()), en, Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC), "9");
        Path pdf = dir.resolve("all.pdf");
        service.writeBooklet(ds, ds.parks(), "", PageFormat.A4, new TileSourceChoice.Offline(), pdf, new Progress());
        long bytes = Files.size(pdf);
        // 3.2 MB when the maps were 300 dpi JPEG images; about 0.65 MB as vectors (fonts included)
        assertTrue(bytes < 1_200_000, "the 33-park booklet is " + bytes + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertEquals(0, FactSheetWriterTest.imagesWithin(doc.getPage(i).getResources()), "page " + (i + 1));
            }
        }
    }

    @Test
    void cachedTilesStayImagesAndBasemapLabelsKeepOffThem() throws Exception {
        Park park = ds.park("haidian-park").orElseThrow();
        ParkMapRenderer.SheetMap plain;
        try (PDDocument doc = new PDDocument()) {
            plain = draw(renderer(Locale.ENGLISH), doc, park);
        }
        // an MBTiles file with the one tile under the park's centre, in a flat colour
        long tx = (long) Math.floor(WebMercator.lonToPixelX(park.centre().lon(), plain.zoom()) / 256);
        long ty = (long) Math.floor(WebMercator.latToPixelY(park.centre().lat(), plain.zoom()) / 256);
        Path file = dir.resolve("one.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            st.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setColor(new Color(0xCC, 0xEE, 0xCC));
                g.fillRect(0, 0, 256, 256);
                g.dispose();
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(img, "png", png);
                ins.setInt(1, plain.zoom());
                ins.setLong(2, tx);
                ins.setLong(3, (1L << plain.zoom()) - 1 - ty);
                ins.setBytes(4, png.toByteArray());
                ins.executeUpdate();
            }
        }
        TileSourceFactory services = new TileSourceFactory(dir.resolve("cache"), 1L << 20, "test", new OfflineBasemap());
        TileSource mb = services.create(new TileSourceChoice.MbTiles(file, ""), true);
        try (PDDocument doc = new PDDocument()) {
            Messages en = new Messages(Locale.ENGLISH);
            ParkMapRenderer r = new ParkMapRenderer(mb, new BasemapRenderer(new BasemapLoader().loadBundled(),
                    Locale.ENGLISH), en);
            ParkMapRenderer.SheetMap map = draw(r, doc, park);
            assertTrue(map.sourceTilesUsed());
            assertEquals(1, FactSheetWriterTest.imagesWithin(doc.getPage(0).getResources()), "the cached tile is an image");
            double p = ParkMapRenderer.POINTS_PER_TILE_PIXEL;
            Rectangle2D tile = new Rectangle2D.Double((tx * 256 - map.left()) * p, (ty * 256 - map.top()) * p, 256 * p, 256 * p);
            assertTrue(map.labels().stream().anyMatch(l -> !l.park()), "the basemap still names places elsewhere");
            map.labels().stream().filter(l -> !l.park()).forEach(l ->
                    assertFalse(l.box().intersects(tile), l + " is drawn over the cached tile"));
            assertTrue(map.labels().stream().anyMatch(l -> l.park() && l.text().equals("Haidian Park")));
        } finally {
            mb.shutdown();
        }
    }

    @Test
    void withoutBasemapDataTheMapStillNamesThePark() throws Exception {
        ParkMapRenderer r = new ParkMapRenderer(offline, new BasemapRenderer(Basemap.EMPTY,
                Locale.ENGLISH), new Messages(Locale.ENGLISH));
        try (PDDocument doc = new PDDocument()) {
            ParkMapRenderer.SheetMap map = draw(r, doc, ds.park("bda").orElseThrow());
            assertEquals(List.of("E-Town"), map.labels().stream().filter(SheetMapLabels.Label::park)
                    .map(SheetMapLabels.Label::text).filter("E-Town"::equals).toList());
            assertTrue(map.labels().stream().allMatch(SheetMapLabels.Label::park), "no basemap labels without data");
            assertEquals("", map.basemapCredit(), "nothing to credit");
        }
    }

    @Test
    void theLocatorInsetIsDrawnOncePerDocument() throws Exception {
        ParkMapRenderer r = renderer(Locale.ENGLISH);
        try (PDDocument doc = new PDDocument()) {
            draw(r, doc, ds.park("bda").orElseThrow());
            draw(r, doc, ds.park("haidian-park").orElseThrow());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            try (PDDocument back = Loader.loadPDF(out.toByteArray())) {
                var a = back.getPage(0).getResources();
                var b = back.getPage(1).getResources();
                long shared = 0;
                for (var n : a.getXObjectNames()) {
                    for (var m : b.getXObjectNames()) {
                        if (a.getXObject(n).getCOSObject() == b.getXObject(m).getCOSObject()) {
                            shared++;
                        }
                    }
                }
                assertEquals(1, shared, "the inset's background is one form shared by both pages");
            }
        }
    }
}

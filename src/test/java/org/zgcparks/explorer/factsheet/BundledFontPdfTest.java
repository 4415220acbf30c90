package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.BundledFont;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Fact sheets set in the font the app ships: they need no font on the machine, keep Chinese as text, and a font
 * named with {@code -Dzgc.pdf.font} still comes first or is refused with a clear message.
 */
class BundledFontPdfTest {

    static Dataset ds;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(PdfFonts.FONT_PROPERTY);
    }

    FactSheetService service(Locale lang) {
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        return new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test", basemap),
                new Messages(lang), Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), "9.9.9");
    }

    Path sheet(Locale lang, String parkId) throws Exception {
        Park park = ds.park(parkId).orElseThrow();
        Path pdf = dir.resolve(parkId + ".pdf");
        service(lang).writePark(ds, park, PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        return pdf;
    }

    @Test
    void theBundledFontIsTheDefaultAndCoversChineseRussianAndLatin() throws Exception {
        PdfFonts fonts = PdfFonts.discover();
        assertEquals(List.of("WenQuanYiMicroHei"), fonts.names());
    }

    @Test
    void aSheetKeepsItsChineseNameAsTextSetInTheBundledFontWhateverTheMachineHas() throws Exception {
        Park park = ds.park("zgc-street").orElseThrow();
        Path pdf = sheet(Locale.CHINESE, park.id());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(park.names().zh()), "the Chinese name survives as text: " + park.names().zh());
            assertTrue(text.contains(park.names().en()));
            assertFalse(text.contains("?"), "no character fell back to a question mark");
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getFontNames()) {
                String font = res.getFont(name).getName();
                assertTrue(font.endsWith("+WenQuanYiMicroHei"), font + " is a subset of the bundled font");
            }
        }
    }

    @Test
    void aFontNamedOnTheCommandLineComesFirst() throws Exception {
        Path copy = dir.resolve("my-font.ttf");
        try (InputStream in = BundledFont.open()) {
            Files.copy(in, copy);
        }
        System.setProperty(PdfFonts.FONT_PROPERTY, copy.toString());
        assertEquals(List.of("WenQuanYiMicroHei", "WenQuanYiMicroHei"), PdfFonts.discover().names());
    }

    @Test
    void anUnusableFontFileIsRefusedWithAMessageThatSaysWhy() throws Exception {
        Path missing = dir.resolve("nope.ttf");
        System.setProperty(PdfFonts.FONT_PROPERTY, missing.toString());
        FactSheetException e = assertThrows(FactSheetException.class, PdfFonts::discover);
        assertTrue(e.getMessage().contains(missing + " (-Dzgc.pdf.font) cannot be used: there is no such file"),
                e.getMessage());

        Path text = Files.writeString(dir.resolve("notes.ttf"), "not a font");
        System.setProperty(PdfFonts.FONT_PROPERTY, text.toString());
        e = assertThrows(FactSheetException.class, () -> sheet(Locale.ENGLISH, "bda"));
        assertTrue(e.getMessage().contains(text + " (-Dzgc.pdf.font) cannot be used: "), e.getMessage());
        assertTrue(e.getMessage().contains("leave the option out to use the app's own font"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("bda.pdf")));
    }

    @Test
    void anExportedPdfGetsTheUsersNormalPermissionsNotPrivateOnes() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: files inherit the folder's access control list
        }
        Path pdf = sheet(Locale.ENGLISH, "bda");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
        assertEquals(usual, Files.getPosixFilePermissions(pdf), "a new file's permissions under the user's umask");
    }
}

package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.tiles.TileSourceChoice;

/** A fact sheet is written in the language of its messages: the dataset's texts, figures and periods too. */
class FactSheetLanguageTest {

    @TempDir
    Path dir;

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aRussianSheetHoldsTheRussianDescriptionFigureNamesValuesAndPeriods() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        Messages ru = new Messages(new Locale("ru"));
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        FactSheetService sheets = new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test", basemap),
                ru, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), "9.9.9");
        Park bda = ds.park("bda").orElseThrow();
        Path pdf = dir.resolve("bda-ru.pdf");
        sheets.writePark(ds, bda, PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        String text = text(pdf);
        String description = bda.description().ru();
        assertTrue(text.contains(description.substring(0, 40)), "the Russian description starts the sheet's text");
        Formats formats = new Formats(ru);
        for (Metric m : ds.metricsOf("bda").subList(0, 3)) {
            assertTrue(text.contains(m.name().ru().substring(0, Math.min(20, m.name().ru().length()))), m.name().ru());
            assertTrue(text.contains(formats.value(m).replace('\u00a0', ' ')), formats.value(m));
            assertTrue(text.contains(formats.period(m).replace('\u00a0', ' ').replace('\u202f', ' ')), formats.period(m));
        }
        assertTrue(text.contains("более 50 компаний"), "a count with its Russian plural");
        assertFalse(text.contains("Commercial aerospace companies"), "no English figure names");
    }
}

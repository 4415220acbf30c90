package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

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
        assertTrue(text.matches("(?s).*\\d км.*") && !text.matches("(?s).*\\d km.*"), "the map's scale bar in км");
    }

    @Test
    void aChineseBookletPutsTheChineseNameFirstAndWritesListsAndCitationsTheChineseWay() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        Messages zh = new Messages(Locale.CHINESE);
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        FactSheetService sheets = new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test", basemap),
                zh, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), "9.9.9");
        Path pdf = dir.resolve("booklet-zh.pdf");
        sheets.writeBooklet(ds, List.of(ds.park("bda").orElseThrow(), ds.park("haidian-park").orElseThrow()), "",
                PageFormat.A4, new TileSourceChoice.Osm(), pdf, new Progress());
        String text = text(pdf);
        assertTrue(text.contains("北京经济技术开发区 Beijing Economic-Technological Development Area (E-Town) · 开发区"),
                "the contents name each park in Chinese first: " + text.substring(0, 900));
        assertFalse(text.contains("Haidian Park 海淀园"), "no English-first contents line");
        assertTrue(text.contains("大兴区、通州区"), "districts listed with the Chinese enumeration comma");
        assertTrue(text.contains("主导：") && text.contains("面积："), "labels with a full-width colon");
        assertTrue(text.contains("《新京报》，2024-09-19（英语）"), "a citation with Chinese punctuation and language name: " + text.substring(text.lastIndexOf("新京报") - 20));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle().startsWith("北京经济技术开发区"),
                    "the bookmarks name the parks in Chinese first");
        }
    }
}

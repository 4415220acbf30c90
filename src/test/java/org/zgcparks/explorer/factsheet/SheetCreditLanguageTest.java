package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** A Chinese or Russian fact sheet credits the basemap in its own language, names and licences as they are. */
class SheetCreditLanguageTest {

    @TempDir
    Path dir;

    String sheet(Locale language) throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(ds.parks());
        FactSheetService service = new FactSheetService(new TileSourceFactory(dir.resolve("cache"), 10L << 20, "test",
                basemap), new Messages(language), Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), "9.9.9");
        Path pdf = dir.resolve(language + ".pdf");
        service.writePark(ds, ds.park("haidian-park").orElseThrow(), PageFormat.A4, new TileSourceChoice.Osm(), pdf);
        return FactSheetWriterTest.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theBasemapCreditIsInTheSheetsLanguage() throws Exception {
        String ru = sheet(new Locale("ru"));
        assertTrue(ru.contains("Подложка: Картографические данные © участники OpenStreetMap, ODbL 1.0"), ru);
        assertTrue(ru.contains("Названия населённых пунктов: GeoNames (geonames.org), CC BY 4.0, с изменениями"), ru);
        assertFalse(ru.contains("Map data") || ru.contains("Place names"), ru);
        String zh = sheet(Locale.CHINESE);
        assertTrue(zh.contains("地图数据 © OpenStreetMap 贡献者"), zh);
        assertFalse(zh.contains("Map data") || zh.contains("Made with"), zh);
    }
}

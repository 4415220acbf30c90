package org.zgcparks.explorer.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.i18n.Messages;

/** The bundled basemap's credit in each language: the pack's words in English, translated around its names. */
class BasemapCreditTest {

    static final Messages EN = new Messages(Locale.ENGLISH), ZH = new Messages(Locale.CHINESE),
            RU = new Messages(new Locale("ru"));

    /** What every language's credit keeps as it is: the sources' and licences' names. */
    static final List<String> NAMES = List.of("©", "OpenStreetMap", "ODbL 1.0", "openstreetmap.org/copyright",
            "geoBoundaries", "Runfola", "2020", "OpenQGIS/OMap-GeoDB", "GSHHG", "The GMT Team", "Wessel & Smith",
            "LGPL-3.0-or-later", "GeoNames", "geonames.org", "CC BY 4.0", "Natural Earth");

    @Test
    void theEnglishCreditIsThePacksOwn() {
        assertEquals(BasemapLoader.bundledAttribution(), EN.get("basemap.credit"));
        assertEquals(BasemapLoader.bundledShortAttribution(), EN.get("basemap.credit.short"));
        assertEquals(BasemapLoader.bundledAttribution(), BasemapCredit.full(BasemapLoader.bundledAttribution(), EN));
    }

    @Test
    void chineseAndRussianTranslateTheWordsAndKeepTheNames() {
        for (Messages m : List.of(ZH, RU)) {
            String full = BasemapCredit.full(BasemapLoader.bundledAttribution(), m);
            for (String name : NAMES) {
                assertTrue(full.contains(name), m.locale() + " keeps " + name + ": " + full);
            }
            for (String english : List.of("Map data", "contributors", "Rivers", "Place names", "modified", "Urban",
                    "public domain", "via", "Made with")) {
                assertFalse(full.contains(english), m.locale() + " translates " + english + ": " + full);
            }
            String brief = BasemapCredit.brief(BasemapLoader.bundledShortAttribution(), m);
            assertTrue(brief.contains("OpenStreetMap") && brief.contains("CC BY 4.0") && !brief.contains("contributors"),
                    brief);
        }
        assertTrue(BasemapCredit.full(BasemapLoader.bundledAttribution(), ZH).startsWith("地图数据 © OpenStreetMap 贡献者"));
        assertTrue(BasemapCredit.full(BasemapLoader.bundledAttribution(), RU)
                .startsWith("Картографические данные © участники OpenStreetMap"));
    }

    @Test
    void anotherCreditIsShownAsGiven() {
        assertEquals("© Pack makers", BasemapCredit.full("© Pack makers", RU));
        assertEquals("", BasemapCredit.brief("", ZH));
    }
}

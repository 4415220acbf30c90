package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;

/** The filter options' ids against the dataset: an unknown id names the closest ones, in the run's language. */
class CommandLineFilterTest {

    static Dataset ds;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    static String check(String... args) throws Exception {
        return CommandLineFilter.check(CommandLine.parse(args), ds);
    }

    @Test
    void aMistypedIndustrySuggestsTheClosestIds() throws Exception {
        String e = check("--lang", "en", "--industry", "aerospce");
        assertTrue(e.startsWith("unknown industry \"aerospce\" for --industry; did you mean aerospace, "
                + "aerospace-materials, or commercial-aerospace? the dataset has: 3d-printing, 5g, aerospace, "), e);
        assertNull(check("--industry", "commercial-aerospace"));
    }

    @Test
    void anIdNothingIsCloseToListsTheValidOnesOnly() throws Exception {
        String e = check("--lang", "en", "--industry", "time-travel");
        assertTrue(e.startsWith("unknown industry \"time-travel\" for --industry; the dataset has: 3d-printing, "), e);
    }

    @Test
    void aMistypedDistrictOrParkSuggestsTheClosest() throws Exception {
        String d = check("--lang", "en", "--district", "haidain");
        assertTrue(d.startsWith("unknown district \"haidain\" for --district; did you mean haidian? the dataset has: "), d);
        String p = CommandLineFilter.checkSelect(CommandLine.parse("--lang", "en", "--select", "inno-wya"), ds);
        assertTrue(p.startsWith("unknown park \"inno-wya\" for --select; did you mean inno-way? the dataset has: "), p);
    }

    @Test
    void theMessagesAreInTheLanguageOfLang() throws Exception {
        String zh = check("--lang", "zh", "--industry", "aerospce");
        assertTrue(zh.startsWith("未知的产业“aerospce”（--industry）；你是不是要找 aerospace、aerospace-materials或"
                + "commercial-aerospace？数据集中有："), zh);
        String ru = check("--lang", "ru", "--district", "haidain");
        assertTrue(ru.startsWith("неизвестный район «haidain» для --district; может быть, имелся в виду haidian? "
                + "В наборе данных есть: "), ru);
    }

    @Test
    void withoutLangTheSystemLanguageElseEnglish() throws Exception {
        assertEquals(Locale.CHINESE, CommandLineFilter.language(CommandLine.parse("--offline"), Locale.CHINA));
        assertEquals(Locale.ENGLISH, CommandLineFilter.language(CommandLine.parse("--offline"), Locale.GERMANY));
        assertEquals(new Locale("ru"), CommandLineFilter.language(CommandLine.parse("--lang", "ru"), Locale.CHINA));
    }
}

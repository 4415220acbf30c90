package org.zgcparks.explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;

class FileNamesAndPluralsTest {

    static Dataset ds;
    static final Messages EN = new Messages(Locale.ENGLISH);
    static final Messages ZH = new Messages(Locale.CHINESE);
    static final Messages RU = new Messages(new Locale("ru"));
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    @Test
    void factSheetNamesUseTheNamePeopleUseAndTheDate() {
        FileNames en = new FileNames(EN);
        assertEquals("E-Town fact sheet 2026-12-02.pdf", en.factSheet(ds.park("bda").orElseThrow(), DAY));
        assertEquals("Haidian Park fact sheet 2026-12-02.pdf", en.factSheet(ds.park("haidian-park").orElseThrow(), DAY));
        assertEquals("Chaoyang Park (Zhongguancun) fact sheet 2026-12-02.pdf",
                en.factSheet(ds.park("chaoyang-park").orElseThrow(), DAY), "a bracket that is no alias stays");
        assertEquals("北京经济技术开发区 简介 2026-12-02.pdf", new FileNames(ZH).factSheet(ds.park("bda").orElseThrow(), DAY));
        assertTrue(new FileNames(RU).factSheet(ds.park("haidian-park").orElseThrow(), DAY).endsWith("— справка 2026-12-02.pdf"));
    }

    @Test
    void bookletNamesCountParksInEachLanguage() {
        assertEquals("Booklet – Commercial aerospace – 4 parks.pdf", new FileNames(EN).booklet("Commercial aerospace", 4));
        assertEquals("Booklet – Commercial aerospace – 1 park.pdf", new FileNames(EN).booklet("Commercial aerospace", 1));
        assertEquals("Booklet – All parks – 33 parks.pdf", new FileNames(EN).booklet("", 33));
        assertEquals("手册 – 商业航天 – 4 个园区.pdf", new FileNames(ZH).booklet("商业航天", 4));
        assertEquals("Сборник – все парки – 33 парка.pdf", new FileNames(RU).booklet("", 33));
        assertEquals("Сборник – все парки – 5 парков.pdf", new FileNames(RU).booklet("", 5));
    }

    @Test
    void namesAreSafeOnWindowsMacAndLinux() {
        assertEquals("a b c d.pdf", FileNames.safe("a/b\\c: d?", ".pdf"));
        assertEquals("x.pdf", FileNames.safe("  ..x.. ", ".pdf"));
        assertEquals("_CON.pdf", FileNames.safe("CON", ".pdf"));
        assertEquals("untitled.pdf", FileNames.safe("<>|", ".pdf"));
        assertEquals("tab new.pdf", FileNames.safe("tab\tnew\n", ".pdf"));
        String longName = FileNames.safe("园".repeat(300), ".pdf");
        assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= 200, "fits any file system");
        assertTrue(longName.endsWith("园.pdf"), "cut at a whole character");
        String filter = FileNames.safe("Industry: A/B * \"C\"", ".pdf");
        assertFalse(filter.matches(".*[\\\\/:*?\"<>|].*"), filter);
    }

    @Test
    void pluralsInEnglishChineseAndRussian() {
        assertEquals("1 park", EN.get("cover.count", 1));
        assertEquals("2 parks", EN.get("cover.count", 2));
        assertEquals("0 parks", EN.get("cover.count", 0));
        assertEquals("Data.json has 1 problem", EN.get("problems.header", "Data.json", 1));
        assertEquals("Data.json has 3 problems", EN.get("problems.header", "Data.json", 3));
        assertEquals("1 个园区", ZH.get("cover.count", 1));
        assertEquals("5 个园区", ZH.get("cover.count", 5));
        assertEquals("1 парк", RU.get("cover.count", 1));
        assertEquals("2 парка", RU.get("cover.count", 2));
        assertEquals("5 парков", RU.get("cover.count", 5));
        assertEquals("11 парков", RU.get("cover.count", 11));
        assertEquals("21 парк", RU.get("cover.count", 21));
        assertEquals("22 парка", RU.get("cover.count", 22));
        assertEquals("2543парка", RU.get("cover.count", 2543).replaceAll("[\\s\\u00a0]", ""));
        assertEquals("4 из 21 парка", RU.get("list.count.some", 4, 21));
        assertEquals("4 из 33 парков", RU.get("list.count.some", 4, 33));
        assertEquals("1 of 1 park", EN.get("list.count.some", 1, 1));
        assertEquals("Filter: x · 4 of 33 parks", EN.get("status.filter", "x", 4, 33));
    }
}

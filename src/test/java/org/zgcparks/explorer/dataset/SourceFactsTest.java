package org.zgcparks.explorer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.model.Role;

/**
 * Figures and facts read from each of the five source articles, checked against the bundled dataset: the value,
 * unit, period, the park or region it belongs to, and the article it is attributed to. At least ten per article.
 */
class SourceFactsTest {

    static final String EVENING_NEWS = "bjen-2024-distinctive-parks";
    static final String EVENING_NEWS_RU = "bjwb-2024-distinctive-parks-ru";
    static final String MAGAZINE_2017 = "bjmag-2017-zgc-landmark";
    static final String BLUE_PAPER = "news-2019-blue-paper";
    static final String YIZHUANG_2024 = "bjnews-2024-yizhuang-future";

    static Dataset ds;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    static void figure(String subject, String source, String value, String unit, String period) {
        Metric m = ds.metricsOf(subject).stream()
                .filter(x -> x.value().compareTo(new BigDecimal(value)) == 0 && x.unit().equals(unit))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + value + " " + unit + " for " + subject));
        assertEquals(period, m.period(), m.id());
        assertTrue(m.sourceIds().contains(source), m.id() + " should cite " + source);
    }

    static void industry(String park, String industry, Role role, String source) {
        var link = ds.park(park).orElseThrow().industries().stream().filter(l -> l.industryId().equals(industry))
                .findFirst().orElseThrow(() -> new AssertionError(park + " lacks " + industry));
        assertEquals(role, link.role(), park + "/" + industry);
        assertTrue(link.sourceIds().contains(source), park + "/" + industry + " should cite " + source);
    }

    @Test
    void distinctiveParksArticle2024() {
        figure("zgc", EVENING_NEWS, "23", "parks", "2024, first batch");
        figure("zgc", EVENING_NEWS, "11", "sub-parks", "2024, first batch");
        figure("zgc", EVENING_NEWS, "700", "billion", "annual, reported 2024");
        assertEquals("CNY", ds.metricsOf("zgc").stream().filter(m -> m.id().equals("zgc-distinctive-output")).findFirst().orElseThrow().currency());
        figure("beijing", EVENING_NEWS, "20", "policies", "as of 2024");
        industry("haidian-park", "ai", Role.LEADING, EVENING_NEWS);
        industry("yizhuang-park", "ai", Role.DEVELOPING, EVENING_NEWS);
        industry("chaoyang-park", "ai", Role.DEVELOPING, EVENING_NEWS);
        industry("daxing-park", "biomedicine", Role.LEADING, EVENING_NEWS);
        industry("changping-park", "synthetic-biology", Role.LEADING, EVENING_NEWS);
        industry("yizhuang-park", "commercial-aerospace", Role.LEADING, EVENING_NEWS);
        industry("haidian-park", "commercial-aerospace", Role.DEVELOPING, EVENING_NEWS);
        industry("yizhuang-park", "autonomous-driving", Role.LEADING, EVENING_NEWS);
        industry("yanqing-park", "uav", Role.DEVELOPING, EVENING_NEWS);
        industry("changping-park", "new-energy", Role.LEADING, EVENING_NEWS);
        industry("daxing-park", "hydrogen-energy", Role.LEADING, EVENING_NEWS);
        industry("fangshan-park", "new-energy-storage", Role.LEADING, EVENING_NEWS);
        industry("shunyi-park", "third-gen-semiconductors", Role.LEADING, EVENING_NEWS);
        industry("shunyi-park", "aerospace-materials", Role.DEVELOPING, EVENING_NEWS);
        industry("fangshan-park", "oled-materials", Role.DEVELOPING, EVENING_NEWS);
        industry("fangshan-park", "graphene", Role.DEVELOPING, EVENING_NEWS);
        industry("fangshan-park", "chemical-new-materials", Role.DEVELOPING, EVENING_NEWS);
    }

    @Test
    void russianEditionStatesTheSameFactsAndNames() {
        figure("zgc", EVENING_NEWS_RU, "23", "parks", "2024, first batch");
        figure("zgc", EVENING_NEWS_RU, "11", "sub-parks", "2024, first batch");
        figure("zgc", EVENING_NEWS_RU, "700", "billion", "annual, reported 2024");
        figure("beijing", EVENING_NEWS_RU, "20", "policies", "as of 2024");
        industry("haidian-park", "ai", Role.LEADING, EVENING_NEWS_RU);
        industry("daxing-park", "biomedicine", Role.LEADING, EVENING_NEWS_RU);
        industry("changping-park", "synthetic-biology", Role.LEADING, EVENING_NEWS_RU);
        industry("daxing-park", "hydrogen-energy", Role.LEADING, EVENING_NEWS_RU);
        industry("fangshan-park", "new-energy-storage", Role.LEADING, EVENING_NEWS_RU);
        industry("shunyi-park", "third-gen-semiconductors", Role.LEADING, EVENING_NEWS_RU);
        industry("yanqing-park", "uav", Role.DEVELOPING, EVENING_NEWS_RU);
        // the Russian article's place names are the dataset's Russian names
        assertEquals("парк Хайдянь", ds.park("haidian-park").orElseThrow().names().ru());
        assertEquals("парк Чанпин", ds.park("changping-park").orElseThrow().names().ru());
        assertEquals("парк Ичжуан", ds.park("yizhuang-park").orElseThrow().names().ru());
        assertEquals("парк Дасин", ds.park("daxing-park").orElseThrow().names().ru());
        assertEquals("парк Фаншань", ds.park("fangshan-park").orElseThrow().names().ru());
        assertEquals("парк Шуньи", ds.park("shunyi-park").orElseThrow().names().ru());
        assertEquals("Технопарк «Чжунгуаньцунь»", ds.region("zgc").orElseThrow().names().ru());
    }

    @Test
    void haidianMagazineArticle2017() {
        figure("zgc-street", MAGAZINE_2017, "7.2", "km", "2015 plan");
        figure("zgc-street", MAGAZINE_2017, "320000", "m²", "2009");
        figure("zgc-street", MAGAZINE_2017, "8000", "operators", "2009");
        figure("zgc-street", MAGAZINE_2017, "50000", "employees", "2009");
        figure("inno-way", MAGAZINE_2017, "1581", "teams", "end of December 2016");
        figure("inno-way", MAGAZINE_2017, "655", "teams", "end of December 2016");
        figure("inno-way", MAGAZINE_2017, "6.534", "billion", "end of December 2016");
        figure("inno-way", MAGAZINE_2017, "152", "branches", "2017");
        figure("im-way", MAGAZINE_2017, "8", "million per metre", "2017");
        figure("im-way", MAGAZINE_2017, "20", "enterprises", "January 2017");
        figure("northern-territory", MAGAZINE_2017, "43", "ha", "Phase II (from 2012)");
        figure("northern-territory", MAGAZINE_2017, "5000", "shares", "2010");
        figure("northern-territory", MAGAZINE_2017, "106", "ha", "Phase III (from 2015)");
        figure("civil-military-zone", MAGAZINE_2017, "8", "groups", "September 2014");
        figure("civil-military-zone", MAGAZINE_2017, "200", "projects", "end of February 2017");
        figure("science-city", MAGAZINE_2017, "2000", "enterprises", "2017");
        figure("science-city", MAGAZINE_2017, "300", "billion", "2017");
        assertEquals(Qualifier.NEARLY, ds.metricsOf("science-city").get(0).qualifier());
        assertTrue(ds.park("inno-way").orElseThrow().timeline().stream().anyMatch(e -> e.date().edtf().equals("2014-06-12")));
    }

    @Test
    void bluePaper2019() {
        figure("beijing", BLUE_PAPER, "350", "billion", "2020 target");
        figure("beijing", BLUE_PAPER, "110", "billion", "2020 target");
        figure("beijing", BLUE_PAPER, "200", "billion", "2020 target");
        figure("beijing", BLUE_PAPER, "190", "billion", "2020 target");
        figure("beijing", BLUE_PAPER, "25000", "enterprises", "2018");
        figure("beijing", BLUE_PAPER, "199", "start-ups per day", "2018");
        figure("beijing", BLUE_PAPER, "10.5", "% year on year", "2018");
        assertEquals(MetricKind.TARGET, ds.metricsOf("beijing").stream().filter(m -> m.id().equals("beijing-2020-target-it")).findFirst().orElseThrow().kind());
        assertEquals(new BigDecimal("25"), ds.metricsOf("beijing").stream().filter(m -> m.id().equals("beijing-hightech-enterprises")).findFirst().orElseThrow().yoyChangePct().orElseThrow());
        // the districts' leading industries
        var shunyi = ds.district("shunyi").orElseThrow().leadingIndustries().stream().map(l -> l.industryId()).toList();
        assertEquals(java.util.List.of("ic-manufacturing", "compound-semiconductors", "5g"), shunyi);
        var fangshan = ds.district("fangshan").orElseThrow().leadingIndustries().stream().map(l -> l.industryId()).toList();
        assertTrue(fangshan.containsAll(java.util.List.of("medical-equipment-rnd", "intelligent-manufacturing", "vehicle-rnd")));
        assertTrue(ds.district("changping").orElseThrow().leadingIndustries().stream().allMatch(l -> l.sourceIds().contains(BLUE_PAPER)));
        industry("bda", "ic-design", Role.LEADING, BLUE_PAPER);
        industry("bda", "ic-manufacturing", Role.LEADING, BLUE_PAPER);
        assertTrue(ds.district("haidian").orElseThrow().leadingIndustries().size() <= 3, "at most three leading industries per district");
    }

    @Test
    void yizhuangPressConference2024() {
        figure("bda", YIZHUANG_2024, "50", "companies", "September 2024");
        figure("bda", YIZHUANG_2024, "70", "%", "September 2024");
        figure("bda", YIZHUANG_2024, "58", "carriers", "plan announced September 2024");
        figure("bda", YIZHUANG_2024, "6", "million m²", "plan announced September 2024");
        figure("bda", YIZHUANG_2024, "400000", "people", "2024");
        figure("bda", YIZHUANG_2024, "918", "enterprises", "2024");
        figure("bda", YIZHUANG_2024, "154", "enterprises", "2024");
        figure("bda", YIZHUANG_2024, "1300", "enterprises", "2024");
        figure("bda", YIZHUANG_2024, "103", "companies", "2024");
        figure("bda", YIZHUANG_2024, "69", "%", "2024");
        figure("bda", YIZHUANG_2024, "294", "million", "H1 2024");
        figure("bda", YIZHUANG_2024, "88.52", "billion", "H1 2024");
        Metric fdi = ds.metricsOf("bda").stream().filter(m -> m.id().equals("bda-fdi-h1-2024")).findFirst().orElseThrow();
        assertEquals("USD", fdi.currency());
        assertEquals(new BigDecimal("16.1"), fdi.yoyChangePct().orElseThrow());
        for (String future : java.util.List.of("future-information", "future-health", "future-manufacturing",
                "future-energy", "future-materials", "future-space")) {
            industry("bda", future, Role.DEVELOPING, YIZHUANG_2024);
        }
        industry("bda", "commercial-aerospace", Role.LEADING, YIZHUANG_2024);
        industry("bda", "synthetic-biology", Role.PLANNED, YIZHUANG_2024);
    }
}

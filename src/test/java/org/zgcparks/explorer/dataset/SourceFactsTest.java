package org.zgcparks.explorer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.DateSpec;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.model.Role;

/**
 * Figures and facts read from each of the five source articles, checked against the bundled dataset: the value,
 * unit, period, the park or region it belongs to, and the article (and paragraph) it is attributed to. At least ten
 * per article; the "...Fixes" and "...Facts" tests hold the fact-check of issue 21 (over-readings fixed or marked as
 * the project's reading, and facts the articles state that the dataset lacked).
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

    /** Periods are compared as an English reader sees them: "2024-H1" in the file is "H1 2024". */
    static final Formats ENGLISH_FIGURES = new Formats(new Messages(Locale.ENGLISH));

    static void figure(String subject, String source, String value, String unit, String period) {
        Metric m = ds.metricsOf(subject).stream()
                .filter(x -> x.value().compareTo(new BigDecimal(value)) == 0 && x.unit().equals(unit)
                        && x.sourceIds().contains(source))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + value + " " + unit + " for " + subject));
        assertEquals(period, ENGLISH_FIGURES.period(m), m.id());
        assertTrue(m.sourceIds().contains(source), m.id() + " should cite " + source);
    }

    static IndustryLink industry(String park, String industry, Role role, String source) {
        var link = ds.park(park).orElseThrow().industries().stream().filter(l -> l.industryId().equals(industry))
                .findFirst().orElseThrow(() -> new AssertionError(park + " lacks " + industry));
        assertEquals(role, link.role(), park + "/" + industry);
        assertTrue(link.sourceIds().contains(source), park + "/" + industry + " should cite " + source);
        return link;
    }

    static Metric metric(String id) {
        return ds.metrics().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + id));
    }

    static Policy policy(String id) {
        return ds.policies().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no policy " + id));
    }

    static Park park(String id) {
        return ds.park(id).orElseThrow(() -> new AssertionError("no park " + id));
    }

    /** The citations name the source at the given paragraph. */
    static void cites(List<Citation> citations, String source, String at) {
        assertTrue(citations.contains(new Citation(source, at)), () -> citations + " should cite " + source + " at " + at);
    }

    /** The park's timeline has an event with the given (EDTF) date whose text contains the words. */
    static void event(String park, String date, String words) {
        assertTrue(park(park).timeline().stream().anyMatch(e -> e.date().edtf().equals(date) && e.text().en().contains(words)),
                () -> park + " should have a " + date + " event about \"" + words + "\": " + park(park).timeline());
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
        industry("yanqing-park", "uav", Role.PLANNED, EVENING_NEWS);
        industry("changping-park", "new-energy", Role.LEADING, EVENING_NEWS);
        industry("daxing-park", "hydrogen-energy", Role.DEVELOPING, EVENING_NEWS);
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
        industry("daxing-park", "hydrogen-energy", Role.DEVELOPING, EVENING_NEWS_RU);
        industry("fangshan-park", "new-energy-storage", Role.LEADING, EVENING_NEWS_RU);
        industry("shunyi-park", "third-gen-semiconductors", Role.LEADING, EVENING_NEWS_RU);
        industry("yanqing-park", "uav", Role.PLANNED, EVENING_NEWS_RU);
        // the Russian article's place names are the dataset's Russian names
        assertEquals("парк Хайдянь", ds.park("haidian-park").orElseThrow().names().ru());
        assertEquals("парк Чанпин", ds.park("changping-park").orElseThrow().names().ru());
        assertEquals("парк Ичжуан", ds.park("yizhuang-park").orElseThrow().names().ru());
        assertEquals("парк Дасин", ds.park("daxing-park").orElseThrow().names().ru());
        assertEquals("парк Фаншань", ds.park("fangshan-park").orElseThrow().names().ru());
        assertEquals("парк Шуньи", ds.park("shunyi-park").orElseThrow().names().ru());
        assertEquals("Технопарк «Чжунгуаньцунь»", ds.region("zgc").orElseThrow().names().ru());
        // the article writes «Ичжуан, Чаоян и другие» for the AI layout
        assertEquals("Чаоян", ds.park("chaoyang-park").orElseThrow().names().ru());
    }

    @Test
    void russianEditionFactsAndDisagreement() {
        // 13: the Russian edition gives the CNY 700 billion to the whole zone, the English one to the 23 parks
        Metric en = metric("zgc-distinctive-output");
        Metric ru = metric("zgc-output-ru-edition");
        assertEquals(List.of(EVENING_NEWS), en.sourceIds());
        assertEquals(List.of(EVENING_NEWS_RU), ru.sourceIds());
        cites(ru.citations(), EVENING_NEWS_RU, "¶1");
        assertEquals(0, en.value().compareTo(ru.value()));
        assertTrue(en.note().en().contains("Russian") && ru.note().en().contains("English"), en.note().en() + " / " + ru.note());
        assertFalse(en.projectReading().isBlank());
        // policies named only in the Russian edition
        Policy hotbeds = policy("ai-hotbed-policies-2024");
        assertEquals(List.of(EVENING_NEWS_RU), hotbeds.sourceIds());
        assertTrue(hotbeds.title().ru().contains("очагам искусственного интеллекта"));
        assertTrue(hotbeds.title().ru().contains("общему искусственному интеллекту"));
        Policy health = policy("health-collaboration-programme-2024");
        cites(health.citations(), EVENING_NEWS_RU, "¶2");
        assertTrue(health.title().ru().contains("совместным инновациям"));
        // 15: the article names Yanqing District, not a Yanqing park; the link says so as the project's reading
        IndustryLink uav = industry("yanqing-park", "uav", Role.PLANNED, EVENING_NEWS_RU);
        assertTrue(uav.projectReading().en().contains("район Яньцин"), uav.projectReading().en());
        // 15: pinyin is filled for every park (the field is optional, never an empty string)
        ds.parks().forEach(p -> assertFalse(p.names().pinyin().isBlank(), p.id() + " pinyin"));
    }

    @Test
    void distinctiveParksArticleFixes2024() {
        // 7: the article names four parks in the north-south layout but gives none of them a role
        for (String p : List.of("haidian-park", "changping-park", "daxing-park", "yizhuang-park")) {
            IndustryLink bio = ds.park(p).orElseThrow().industries().stream()
                    .filter(l -> l.industryId().equals("biomedicine")).findFirst().orElseThrow();
            assertFalse(bio.note().en().matches("(?i).*(research|production) (side|half).*"), p + ": " + bio.note().en());
            assertTrue(bio.note().en().contains("does not"), p + ": " + bio.note().en());
            assertFalse(bio.projectReading().isBlank(), p + " marks the north/south reading as the project's");
            cites(bio.citations(), EVENING_NEWS, "¶2");
        }
        industry("haidian-park", "biomedicine", Role.DEVELOPING, EVENING_NEWS);
        assertFalse(park("haidian-park").description().en().contains("research half"));
        // 8: unsourced phrases are gone
        assertFalse(park("changping-park").description().en().contains("two main clusters"));
        assertFalse(park("shunyi-park").description().en().contains("airport"));
        assertFalse(park("yizhuang-park").description().en().contains("covers the ground"));
        assertFalse(park("daxing-park").description().en().contains("centre for hydrogen"));
        assertTrue(industry("daxing-park", "hydrogen-energy", Role.DEVELOPING, EVENING_NEWS).note().en().contains("accelerating"));
        // 9: no article lists these among the 23 distinctive parks
        for (String id : List.of("rocket-street", "robot-industrial-park", "autonomous-driving-zone")) {
            assertEquals(ParkKind.PROJECT, park(id).kind(), id);
        }
        assertTrue(ds.parks().stream().noneMatch(p -> p.kind() == ParkKind.DISTINCTIVE_PARK),
                "no article names any of the 23 distinctive parks one by one");
        // 11: "in the past two years" and undated policies of a 2024 article
        assertEquals(DateSpec.parse("2022/2024").orElseThrow(), policy("distinctive-parks-designation-2024").date());
        for (String id : List.of("ai-policies-2024", "aerospace-plan-2024", "uav-plan-2024", "pharma-policies-2024")) {
            assertEquals(DateSpec.Kind.BY, policy(id).date().kind(), id);
            assertEquals("2024", policy(id).date().end(), id);
        }
        // missing facts: high-end manufacturing, the humanoid-robot platform
        for (String p : List.of("haidian-park", "yizhuang-park")) {
            cites(industry(p, "high-end-manufacturing", Role.DEVELOPING, EVENING_NEWS).citations(), EVENING_NEWS_RU, "¶2");
        }
        Policy humanoid = policy("humanoid-platform-2024");
        assertTrue(humanoid.title().en().contains("humanoid robots"));
        cites(humanoid.citations(), EVENING_NEWS, "¶2");
        cites(humanoid.citations(), EVENING_NEWS_RU, "¶2");
        cites(metric("zgc-distinctive-parks").citations(), EVENING_NEWS, "¶1");
        // 14: the sixteen-versus-seventeen sub-park count is explained once, as the project's reading
        assertTrue(ds.region("zgc").orElseThrow().projectReading().en().contains("sixteen"));
        assertTrue(ds.region("zgc").orElseThrow().projectReading().en().contains("Daxing-Yizhuang"));
        for (String d : List.of("dongcheng", "xicheng", "fengtai", "shijingshan", "mentougou", "tongzhou", "pinggu",
                "huairou", "miyun")) {
            Park p = park(d + "-park");
            assertFalse(p.description().en().contains("sixteen"), p.id());
            assertTrue(p.description().en().contains("None of the five articles"), p.id());
            assertFalse(p.projectReading().isBlank(), p.id());
        }
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
        cites(metric("nt-phase2-area").citations(), MAGAZINE_2017, "Northern Territory, ¶3");
        cites(metric("inno-way-teams").citations(), MAGAZINE_2017, "Zhongguancun Inno Way, ¶3");
    }

    @Test
    void haidianMagazineArticleFixes2017() {
        // 1: nearly 2,000 firms, not thousands
        Park cid = park("science-city");
        assertFalse(cid.description().en().contains("Thousands"));
        assertTrue(cid.description().en().contains("Nearly 2,000"));
        // 10: the Center of Innovative District supports Science City; it is not Science City
        assertFalse(cid.names().en().contains("Science City"));
        assertFalse(cid.aliases().contains("Zhongguancun Science City"));
        assertNotEquals(ParkKind.SCIENCE_CITY, cid.kind());
        assertTrue(cid.projectReading().en().contains("海淀北部新区"), "the Chinese name is the project's identification");
        assertTrue(ds.region("zgc-science-city").isPresent());
        assertTrue(policy("beijing-2017-innovation-centre").appliesTo().contains("zgc-science-city"));
        // 3: three to five years is a range
        Metric years = metric("zgc-street-transformation-years");
        assertEquals(Qualifier.EXACT, years.qualifier());
        assertEquals(0, years.value().compareTo(new BigDecimal("3")));
        assertEquals(0, years.valueTo().orElseThrow().compareTo(new BigDecimal("5")));
        assertEquals("years", years.unit());
        // 5: the 2017 article never uses the 2019 blue paper's cluster name
        assertTrue(park("zgc-street").industries().stream().noneMatch(l -> l.industryId().equals("innovative-applications")));
        // 12: the 2009 approval is about the whole zone; the zone's names do not land on one sub-park
        assertEquals(List.of("zgc"), policy("state-council-2009-demonstration-area").appliesTo());
        assertTrue(park("haidian-park").timeline().stream().noneMatch(e -> e.date().edtf().equals("2009-03-13")));
        for (String alias : List.of("ZGC", "中关村", "Zhongguancun", "Чжунгуаньцунь")) {
            assertFalse(park("haidian-park").aliases().contains(alias), alias);
        }
        // 11: the signing with Cuihu and the Software Park has no date in the article
        for (String id : List.of("cuihu-science-park", "software-park")) {
            assertTrue(park(id).timeline().stream().noneMatch(e -> e.date().edtf().equals("2016-12-27")), id);
            event(id, "../2017", "Herosail");
        }
        // close paraphrase: the 1980 entry is in the project's words
        assertFalse(park("haidian-park").timeline().get(0).text().en().contains("six other"));
        event("haidian-park", "1980-10", "six colleagues");
        // 16: Phase I of the Northern Territory near Xixiaokou Road, about 40.04 N, with a wider stated error
        Park nt = park("northern-territory");
        assertTrue(nt.centre().lat() > 40.035 && nt.centre().lat() < 40.05, "Phase I lies near 40.04 N: " + nt.centre());
        assertTrue(Polygons.contains(nt.outline().orElseThrow(), nt.centre()));
        assertTrue(nt.outline().orElseThrow().accuracyNote().en().contains("1 km"));
    }

    @Test
    void haidianMagazineArticleFacts2017() {
        figure("zgc-street", MAGAZINE_2017, "6", "sub-districts", "2015 plan");
        assertTrue(park("zgc-street").description().en().contains("North Fourth Ring Road"));
        event("zgc-street", "../2017-12", "Capital Indoor Stadium");
        event("zgc-street", "2016-08-13", "\"Five Functional Sections and Six Key Nodes\"");
        event("zgc-street", "2009-03-13", "whole zone");
        String partners = metric("inno-way-partner-institutions").note().en();
        for (String country : List.of("US", "Israel", "Finland", "France")) {
            assertTrue(partners.contains(country), country);
        }
        String imWay = park("im-way").description().en();
        for (String tenant : List.of("Plug and Play", "Microsoft", "ARM Accelerator", "G-wearables", "Trustworthy")) {
            assertTrue(imWay.contains(tenant), tenant);
        }
        figure("im-way", MAGAZINE_2017, "4", "roles", "2017 plan");
        assertEquals(MetricKind.TARGET, metric("im-way-planned-roles").kind());
        Metric cmi = metric("cmi-pattern-years");
        assertEquals(0, cmi.value().compareTo(new BigDecimal("2")));
        assertEquals(0, cmi.valueTo().orElseThrow().compareTo(new BigDecimal("3")));
        assertEquals(MetricKind.TARGET, cmi.kind());
        cites(cmi.citations(), MAGAZINE_2017, "Civil-military Integration Industry Demonstration Zone, ¶2");
        assertTrue(metric("cid-enterprises").note().en().contains("Huawei"));
        assertTrue(park("haidian-park").description().en().contains("Three Hills and Five Gardens"));
        event("science-city", "2016/2020", "13th Five-Year Plan");
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
        assertEquals(List.of("ic-manufacturing", "compound-semiconductors", "5g"), shunyi);
        var fangshan = ds.district("fangshan").orElseThrow().leadingIndustries().stream().map(l -> l.industryId()).toList();
        assertTrue(fangshan.containsAll(List.of("medical-equipment-rnd", "intelligent-manufacturing", "vehicle-rnd")));
        assertTrue(ds.district("changping").orElseThrow().leadingIndustries().stream().allMatch(l -> l.sourceIds().contains(BLUE_PAPER)));
        industry("bda", "ic-design", Role.LEADING, BLUE_PAPER);
        industry("bda", "ic-manufacturing", Role.LEADING, BLUE_PAPER);
        assertTrue(ds.district("haidian").orElseThrow().leadingIndustries().size() <= 3, "at most three leading industries per district");
        cites(ds.district("shunyi").orElseThrow().leadingIndustries().get(0).citations(), BLUE_PAPER, "¶6");
    }

    @Test
    void bluePaperFixesAndFacts2019() {
        // the dollar conversion the article gives
        assertTrue(metric("beijing-2020-target-it").note().en().contains("US$49 billion"));
        cites(metric("beijing-2020-target-it").citations(), BLUE_PAPER, "¶1");
        // 6: keep the article's words, mark the likely meaning as the project's reading
        var demo = ds.industry("new-generation-demonstration").orElseThrow();
        assertTrue(demo.names().en().contains("New generation of demonstration industry"));
        assertNotEquals("新一代示范产业", demo.names().zh(), "not an invented back-translation as the official name");
        assertTrue(demo.projectReading().en().contains("新型显示"));
        // the issuer as the article names it; the date as the article gives it (on a Wednesday, by 29 September)
        Policy blue = policy("blue-paper-2019");
        assertTrue(blue.issuer().en().contains("Economy and Information Industry"), blue.issuer().en());
        assertEquals("../2019-09-29", blue.date().edtf());
        // close paraphrase: the zoning rule in the project's words
        String rule = policy("zoning-rule-2019").summary().en();
        assertFalse(rule.contains("no more than three leading industries"), rule);
        assertTrue(rule.contains("three"), rule);
        cites(policy("zoning-rule-2019").citations(), BLUE_PAPER, "¶4");
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
        for (String future : List.of("future-information", "future-health", "future-manufacturing",
                "future-energy", "future-materials", "future-space")) {
            industry("bda", future, Role.DEVELOPING, YIZHUANG_2024);
        }
        industry("bda", "commercial-aerospace", Role.LEADING, YIZHUANG_2024);
        industry("bda", "synthetic-biology", Role.PLANNED, YIZHUANG_2024);
        cites(metric("bda-fdi-h1-2024").citations(), YIZHUANG_2024, "¶12");
    }

    @Test
    void yizhuangPressConferenceFixes2024() {
        // 2: the CNY 1 trillion is a commitment being added in batches; only the first 4 banks have signed
        Metric credit = metric("bda-bank-credit");
        assertEquals(MetricKind.TARGET, credit.kind());
        assertTrue(credit.period().en().contains("commitment"), credit.period().en());
        assertTrue(credit.note().en().contains("first batch"), credit.note().en());
        assertEquals(MetricKind.ACTUAL, metric("bda-first-banks").kind());
        // 4: six units, three of them chambers of commerce
        event("bda", "2024", "three of them are chambers of commerce");
        assertTrue(park("bda").timeline().stream().noneMatch(e -> e.text().en().contains("six chambers")));
        // 11: "releases the 2.0 version" and "recently approved" carry no date beyond the conference's
        assertEquals("../2024-09-19", policy("talent-measures-2024").date().edtf());
        assertEquals("../2024-09-19", policy("bonded-zone-approval-2024").date().edtf());
        // 18: E-Town spans Daxing and Tongzhou
        for (String id : List.of("bda", "robot-industrial-park")) {
            assertEquals(List.of("daxing", "tongzhou"), park(id).districtIds(), id);
            assertEquals("daxing", park(id).districtId(), id);
        }
        assertTrue(ds.parksInDistrict("tongzhou").contains(park("robot-industrial-park")));
    }

    @Test
    void yizhuangPressConferenceFacts2024() {
        String bda = park("bda").description().en();
        assertTrue(bda.contains("'one corridor, one belt, multiple centres, open and co-creating characteristic parks'"));
        assertTrue(bda.contains("only part of Beijing"), bda);
        figure("bda", YIZHUANG_2024, "25", "%", "2024");
        assertTrue(metric("bda-fortune500-de-uk").name().en().contains("Germany's and the UK's"));
        event("bda", "../2024-09-19", "Yizhuang Guotou");
        event("bda", "../2024-09-19", "\"group going abroad + overseas investment promotion\"");
        event("bda", "../2024-09-19", "British 48 Group Club");
        event("bda", "../2024-09-19", "Sino-German Chamber of Commerce");
        event("bda", "../2024-09-19", "Children's Hospital");
        assertTrue(industry("bda", "future-health", Role.DEVELOPING, YIZHUANG_2024).note().en().contains("Jinlan Gene"));
        String services = policy("foreign-investment-2x").summary().en();
        assertTrue(services.contains("five aspects"), services);
        Policy space = policy("bda-space-pattern-2024");
        cites(space.citations(), YIZHUANG_2024, "¶1");
        assertEquals(List.of("bda"), space.appliesTo());
    }
}

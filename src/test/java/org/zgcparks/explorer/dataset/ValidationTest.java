package org.zgcparks.explorer.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.DateSpec;
import org.zgcparks.explorer.model.Park;

/** One broken file per validation rule: the message must name the problem and its place. */
class ValidationTest {

    /** A small valid dataset; each test breaks one thing in it. Line numbers below refer to this text. */
    static final String VALID = """
            {
              "format": "zgc-parks-dataset/1",
              "info": {"name": "Test", "version": "1", "asOf": "2024-09-19"},
              "sources": [{"id": "src", "title": "An article", "publisher": "A paper", "date": "2024", "language": "en"}],
              "regions": [{"id": "zgc", "names": {"en": "Zone", "zh": "园区", "ru": "Зона"}}],
              "districts": [{"id": "haidian", "names": {"en": "Haidian", "zh": "海淀区", "ru": "Хайдянь"}}],
              "industryGroups": [],
              "industries": [{"id": "ai", "names": {"en": "AI", "zh": "人工智能", "ru": "ИИ"}}],
              "parks": [{
                "id": "p1",
                "names": {"en": "Park One", "zh": "一园", "ru": "Парк один"},
                "kind": "sub-park",
                "parent": "zgc",
                "district": "haidian",
                "centre": {"lat": 39.98, "lon": 116.31},
                "outline": {"accuracy": "schematic", "parts": [[[116.30, 39.97], [116.32, 39.97], [116.32, 39.99], [116.30, 39.99], [116.30, 39.97]]]},
                "description": {"en": "A park."},
                "industries": [{"industry": "ai", "role": "leading", "sources": ["src"]}]
              }],
              "policies": [{"id": "pol", "title": {"en": "A policy"}, "issuer": "City", "date": "2024-01", "summary": {"en": "Does things."}, "appliesTo": ["p1"], "sources": ["src"]}],
              "metrics": [{"id": "m1", "subject": "p1", "name": {"en": "Firms"}, "value": 12, "unit": "firms", "period": "2024", "kind": "actual", "sources": ["src"]}]
            }
            """;

    final DatasetLoader loader = new DatasetLoader();

    List<Problem> problems(String json) {
        DatasetException e = assertThrows(DatasetException.class, () -> loader.parse("test.json", json.getBytes(UTF_8)));
        return e.problems();
    }

    Problem single(String json) {
        List<Problem> list = problems(json);
        assertEquals(1, list.size(), () -> "expected one problem, got " + list);
        return list.get(0);
    }

    @Test
    void theValidFileLoads() throws Exception {
        Dataset ds = loader.parse("test.json", VALID.getBytes(UTF_8));
        assertEquals(1, ds.parks().size());
        assertEquals("Park One", ds.park("p1").orElseThrow().names().en());
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        Problem p = single(VALID.replace("\"kind\": \"sub-park\",", "\"kind\": \"sub-park\""));
        assertTrue(p.message().startsWith("not valid JSON"), p.format());
        assertEquals(13, p.line(), p.format());
        assertTrue(p.format().startsWith("test.json:13:"), p.format());
    }

    @Test
    void duplicateKeysAreReported() {
        Problem p = single(VALID.replace("\"kind\": \"sub-park\",", "\"kind\": \"sub-park\", \"kind\": \"street\","));
        assertTrue(p.message().contains("duplicate key \"kind\""), p.format());
        assertEquals(12, p.line());
    }

    @Test
    void duplicateIdsNameBothPlaces() {
        Problem p = single(VALID.replace("\"id\": \"m1\"", "\"id\": \"p1\""));
        assertTrue(p.message().contains("duplicate id \"p1\"") && p.message().contains("/parks/0"), p.format());
        assertEquals("/metrics/0/id", p.pointer());
        assertEquals(21, p.line());
    }

    @Test
    void unknownIndustryReferenceFromAPark() {
        Problem p = single(VALID.replace("\"industry\": \"ai\"", "\"industry\": \"robots\""));
        assertEquals("/parks/0/industries/0/industry", p.pointer());
        assertTrue(p.message().contains("unknown industry \"robots\""), p.format());
        assertEquals(18, p.line());
    }

    @Test
    void danglingMetricSource() {
        Problem p = single(VALID.replace("\"kind\": \"actual\", \"sources\": [\"src\"]", "\"kind\": \"actual\", \"sources\": [\"nowhere\"]"));
        assertEquals("/metrics/0/sources/0", p.pointer());
        assertTrue(p.message().contains("unknown source \"nowhere\""), p.format());
    }

    @Test
    void unknownDistrictAndParent() {
        List<Problem> list = problems(VALID.replace("\"district\": \"haidian\"", "\"district\": \"atlantis\"")
                .replace("\"parent\": \"zgc\"", "\"parent\": \"nobody\""));
        assertEquals(2, list.size(), list::toString);
        assertTrue(list.stream().anyMatch(p -> p.message().contains("unknown district \"atlantis\"")));
        assertTrue(list.stream().anyMatch(p -> p.message().contains("unknown park or region \"nobody\"")));
    }

    @Test
    void coordinatesOutsideBeijing() {
        Problem p = single(VALID.replace("\"lat\": 39.98, \"lon\": 116.31", "\"lat\": 31.23, \"lon\": 121.47"));
        assertEquals("/parks/0/centre", p.pointer());
        assertTrue(p.message().contains("outside Beijing"), p.format());
        assertEquals(15, p.line());
    }

    @Test
    void swappedLatitudeAndLongitude() {
        Problem p = single(VALID.replace("\"lat\": 39.98, \"lon\": 116.31", "\"lat\": 116.31, \"lon\": 39.98"));
        assertTrue(p.message().contains("latitude and longitude look swapped"), p.format());
    }

    @Test
    void swappedPairInARing() {
        Problem p = single(VALID.replace("[116.32, 39.97], [116.32, 39.99]", "[39.97, 116.32], [116.32, 39.99]"));
        assertEquals("/parks/0/outline/parts/0/1", p.pointer());
        assertTrue(p.message().contains("swapped"), p.format());
    }

    @Test
    void ringNotClosed() {
        Problem p = single(VALID.replace("[116.30, 39.99], [116.30, 39.97]]]", "[116.30, 39.99], [116.301, 39.975]]]"));
        assertTrue(p.message().contains("not closed"), p.format());
        assertEquals("/parks/0/outline/parts/0/4", p.pointer());
        assertEquals(16, p.line());
    }

    @Test
    void selfIntersectingRing() {
        Problem p = single(VALID.replace("[116.32, 39.97], [116.32, 39.99], [116.30, 39.99]",
                "[116.32, 39.99], [116.32, 39.97], [116.30, 39.99]"));
        assertTrue(p.message().contains("intersects itself"), p.format());
        assertTrue(p.pointer().startsWith("/parks/0/outline/parts/0/"), p.pointer());
    }

    @Test
    void metricWithoutUnitOrPeriod() {
        List<Problem> list = problems(VALID.replace("\"unit\": \"firms\", \"period\": \"2024\", ", ""));
        assertEquals(2, list.size(), list::toString);
        assertTrue(list.stream().anyMatch(p -> p.pointer().equals("/metrics/0/unit") && p.message().contains("no unit")));
        assertTrue(list.stream().anyMatch(p -> p.pointer().equals("/metrics/0/period") && p.message().contains("no period")));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        String broken = VALID.replace("\"industry\": \"ai\"", "\"industry\": \"robots\"")
                .replace("\"lat\": 39.98, \"lon\": 116.31", "\"lat\": 31.23, \"lon\": 121.47")
                .replace("\"kind\": \"actual\"", "\"kind\": \"wished\"")
                .replace("\"date\": \"2024-01\"", "\"date\": \"January 2024\"");
        List<Problem> list = problems(broken);
        assertEquals(4, list.size(), list::toString);
        String all = new DatasetException(list).getMessage();
        assertTrue(all.contains("robots") && all.contains("outside Beijing") && all.contains("wished") && all.contains("January 2024"), all);
    }

    @Test
    void unknownKindAndMissingNames() {
        List<Problem> list = problems(VALID.replace("\"kind\": \"sub-park\"", "\"kind\": \"moon-base\"")
                .replace("\"zh\": \"一园\", ", ""));
        assertTrue(list.stream().anyMatch(p -> p.message().contains("unknown park kind \"moon-base\"")), list::toString);
        assertTrue(list.stream().anyMatch(p -> p.message().contains("\"zh\"") && p.pointer().equals("/parks/0/names")), list::toString);
    }

    @Test
    void wrongFormatEmptyFileAndTrailingGarbage() {
        assertTrue(single(VALID.replace("zgc-parks-dataset/1", "geojson")).message().contains("unsupported format"));
        assertTrue(single("").message().contains("empty"));
        assertTrue(single(VALID + "{}").message().contains("after the end"));
        assertTrue(single("[1, 2]").message().contains("must be a JSON object"));
    }

    @Test
    void tooLargeAndMissingFilesAreRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[2048]);
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader(1024).load(big));
        assertTrue(e.problems().get(0).message().contains("more than the 0.0 MB") || e.getMessage().contains("more than"), e.getMessage());
        DatasetException missing = assertThrows(DatasetException.class, () -> loader.load(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }

    // ---- citations with paragraphs, date forms, several districts, readings of the project's own ----------------

    @Test
    void theNewFieldsLoadIntoTheModel() throws Exception {
        String json = VALID
                .replace("\"district\": \"haidian\",", "\"districts\": [\"haidian\", \"chaoyang\"],")
                .replace("\"districts\": [{\"id\": \"haidian\"", "\"districts\": [{\"id\": \"chaoyang\", \"names\": {\"en\": \"Chaoyang\", \"zh\": \"朝阳区\", \"ru\": \"Чаоян\"}}, {\"id\": \"haidian\"")
                .replace("\"industries\": [{\"industry\": \"ai\", \"role\": \"leading\", \"sources\": [\"src\"]}]",
                        "\"projectReading\": {\"en\": \"Our guess.\"}, \"industries\": [{\"industry\": \"ai\", \"role\": \"leading\", "
                                + "\"sources\": [{\"source\": \"src\", \"at\": \"Section, ¶2–3\"}]}], "
                                + "\"timeline\": [{\"date\": \"../2024\", \"text\": {\"en\": \"By then.\"}, \"source\": \"src\", \"at\": \"¶1\"}]")
                .replace("\"date\": \"2024-01\"", "\"date\": \"2022/2024\"")
                .replace("\"value\": 12,", "\"value\": 3, \"valueTo\": 5,");
        Dataset ds = loader.parse("test.json", json.getBytes(UTF_8));
        Park p = ds.park("p1").orElseThrow();
        assertEquals(List.of("haidian", "chaoyang"), p.districtIds());
        assertEquals("haidian", p.districtId());
        assertEquals(1, ds.parksInDistrict("chaoyang").size());
        assertEquals("Our guess.", p.projectReading().en());
        assertEquals(new Citation("src", "Section, ¶2–3"), p.industries().get(0).citations().get(0));
        assertEquals(DateSpec.Kind.BY, p.timeline().get(0).date().kind());
        assertEquals("¶1", p.timeline().get(0).citation().at());
        assertEquals(new DateSpec(DateSpec.Kind.RANGE, "2022", "2024"), ds.policies().get(0).date());
        assertEquals(0, ds.metrics().get(0).valueTo().orElseThrow().compareTo(BigDecimal.valueOf(5)));
    }

    @Test
    void aLocatorMustNameAParagraph() {
        Problem p = single(VALID.replace("\"role\": \"leading\", \"sources\": [\"src\"]",
                "\"role\": \"leading\", \"sources\": [{\"source\": \"src\", \"at\": \"page 4\"}]"));
        assertEquals("/parks/0/industries/0/sources/0/at", p.pointer());
        assertTrue(p.message().contains("locator \"page 4\" must be"), p.format());
        Problem backwards = single(VALID.replace("\"kind\": \"actual\", \"sources\": [\"src\"]",
                "\"kind\": \"actual\", \"sources\": [{\"source\": \"src\", \"at\": \"¶3–2\"}]"));
        assertTrue(backwards.message().contains("must come after the first"), backwards.format());
        Problem noSource = single(VALID.replace("\"kind\": \"actual\", \"sources\": [\"src\"]",
                "\"kind\": \"actual\", \"sources\": [{\"at\": \"¶3\"}]"));
        assertTrue(noSource.message().contains("missing required field \"source\""), noSource.format());
        Problem unknown = single(VALID.replace("\"kind\": \"actual\", \"sources\": [\"src\"]",
                "\"kind\": \"actual\", \"sources\": [{\"source\": \"elsewhere\", \"at\": \"¶3\"}]"));
        assertEquals("/metrics/0/sources/0/source", unknown.pointer());
        assertTrue(unknown.message().contains("unknown source \"elsewhere\""), unknown.format());
    }

    @Test
    void datesMayBeRangesBoundsOrApproximateButNotBackwards() throws Exception {
        for (String ok : List.of("2024", "2024-01", "2022/2024", "../2024-09-19", "2016-12~")) {
            loader.parse("test.json", VALID.replace("\"date\": \"2024-01\"", "\"date\": \"" + ok + "\"").getBytes(UTF_8));
        }
        Problem reversed = single(VALID.replace("\"date\": \"2024-01\"", "\"date\": \"2024/2022\""));
        assertEquals("/policies/0/date", reversed.pointer());
        assertTrue(reversed.message().contains("must start before it ends"), reversed.format());
        Problem words = single(VALID.replace("\"date\": \"2024-01\"", "\"date\": \"by 2024\""));
        assertTrue(words.message().contains("\"../2024\" (by 2024)"), words.format());
        // ordering: a range by its start, a "by" date by its bound
        List<DateSpec> sorted = Stream.of("2024-09-19", "../2024", "2022/2024", "2016-12~")
                .map(d -> DateSpec.parse(d).orElseThrow()).sorted().toList();
        assertEquals(List.of("2016-12~", "2022/2024", "../2024", "2024-09-19"), sorted.stream().map(DateSpec::edtf).toList());
    }

    @Test
    void districtsAreOneOrSeveralButNotBoth() {
        Problem both = single(VALID.replace("\"district\": \"haidian\",", "\"district\": \"haidian\", \"districts\": [\"haidian\"],"));
        assertTrue(both.message().contains("either \"district\" or \"districts\""), both.format());
        List<Problem> list = problems(VALID.replace("\"district\": \"haidian\",", "\"districts\": [\"haidian\", \"haidian\", \"atlantis\"],"));
        assertEquals(2, list.size(), list::toString);
        assertTrue(list.stream().anyMatch(p -> p.pointer().equals("/parks/0/districts/1") && p.message().contains("named twice")));
        assertTrue(list.stream().anyMatch(p -> p.pointer().equals("/parks/0/districts/2") && p.message().contains("unknown district \"atlantis\"")));
        assertTrue(single(VALID.replace("\"district\": \"haidian\",", "\"districts\": [],")).message().contains("at least one district"));
    }

    @Test
    void emptyPinyinReadingWithoutEnglishAndABackwardsRangeAreReported() {
        Problem pinyin = single(VALID.replace("\"ru\": \"Парк один\"}", "\"ru\": \"Парк один\", \"pinyin\": \"\"}"));
        assertEquals("/parks/0/names/pinyin", pinyin.pointer());
        assertTrue(pinyin.message().contains("leave it out"), pinyin.format());
        Problem reading = single(VALID.replace("\"description\": {\"en\": \"A park.\"},",
                "\"description\": {\"en\": \"A park.\"}, \"projectReading\": {\"zh\": \"只有中文\"},"));
        assertEquals("/parks/0/projectReading", reading.pointer());
        assertTrue(reading.message().contains("\"en\""), reading.format());
        Problem range = single(VALID.replace("\"value\": 12,", "\"value\": 12, \"valueTo\": 5,"));
        assertEquals("/metrics/0/valueTo", range.pointer());
        assertTrue(range.message().contains("must be greater than"), range.format());
    }

    @Test
    void deepNestingIsStoppedByTheStreamLimits() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Problem p = single(deep);
        assertTrue(p.message().contains("nested more than 64 deep"), p.format());
        assertEquals(1, p.line());
        assertTrue(p.column() > 64 && p.column() < 100, p.format());
    }
}

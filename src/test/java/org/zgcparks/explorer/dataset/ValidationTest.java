package org.zgcparks.explorer.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.model.Dataset;

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

    @Test
    void deepNestingIsStoppedByTheStreamLimits() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Problem p = single(deep);
        assertTrue(p.message().contains("nested more than 64 deep"), p.format());
        assertEquals(1, p.line());
        assertTrue(p.column() > 64 && p.column() < 100, p.format());
    }
}

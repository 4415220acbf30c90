package org.zgcparks.explorer.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.model.Dataset;

/** Texts missing a language are warnings for a user's dataset; the bundled dataset has none. */
class TranslationRulesTest {

    @Test
    void theBundledDatasetHasEveryTextInEnglishChineseAndRussian() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        List<Problem> gaps = TranslationRules.check("bundled", ds);
        assertEquals(List.of(), gaps.stream().map(Problem::format).toList());
    }

    @Test
    void aUserDatasetWithEnglishOnlyTextsStillOpensAndEachGapIsNamedWithItsPlace() throws Exception {
        String json = ValidationTest.VALID
                .replace("\"description\": {\"en\": \"A park.\"}",
                        "\"description\": {\"en\": \"A park.\", \"zh\": \"一个园区。\"}, \"positionNote\": \"about 1 km\"");
        Dataset ds = new DatasetLoader().parse("mine.json", json.getBytes(UTF_8));
        List<String> gaps = TranslationRules.check("mine.json", ds).stream().map(Problem::format).toList();
        assertTrue(gaps.contains("mine.json: text \"A park.\" has no Russian (ru); English is shown instead "
                + "(at /parks/p1/description)"), gaps.toString());
        assertTrue(gaps.contains("mine.json: text \"about 1 km\" has no Chinese (zh) and no Russian (ru); "
                + "English is shown instead (at /parks/p1/positionNote)"), gaps.toString());
        assertTrue(gaps.stream().anyMatch(g -> g.endsWith("(at /parks/p1/outline/accuracy)")), gaps.toString());
    }

    @Test
    void unknownUnitsAndFreeTextPeriodsAreReported() throws Exception {
        String json = ValidationTest.VALID.replace("\"unit\": \"firms\", \"period\": \"2024\"",
                "\"unit\": \"widgets\", \"period\": \"last spring\"");
        Dataset ds = new DatasetLoader().parse("mine.json", json.getBytes(UTF_8));
        List<String> gaps = TranslationRules.check("mine.json", ds).stream().map(Problem::format)
                .filter(g -> g.contains("/metrics/")).toList();
        assertEquals(3, gaps.size(), gaps.toString());
        assertTrue(gaps.get(0).endsWith("has no Chinese (zh) and no Russian (ru); English is shown instead "
                + "(at /metrics/m1/name)"), gaps.toString());
        assertTrue(gaps.get(1).contains("unit \"widgets\"") && gaps.get(1).endsWith("(at /metrics/m1/unit)"), gaps.toString());
        assertTrue(gaps.get(2).contains("period \"last spring\"") && gaps.get(2).endsWith("(at /metrics/m1/period)"),
                gaps.toString());
        String known = ValidationTest.VALID.replace("\"unit\": \"firms\", \"period\": \"2024\"",
                "\"unit\": \"companies\", \"period\": \"2024-H1\"");
        assertEquals(1, TranslationRules.check("mine.json", new DatasetLoader().parse("mine.json", known.getBytes(UTF_8)))
                .stream().filter(g -> g.pointer().startsWith("/metrics/")).count(), "only the name lacks languages");
    }
}

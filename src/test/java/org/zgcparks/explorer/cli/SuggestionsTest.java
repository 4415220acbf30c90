package org.zgcparks.explorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest ids by edit distance, a typo in one part of a hyphenated id included. */
class SuggestionsTest {

    static final List<String> INDUSTRIES = List.of("ai", "integrated-circuits", "commercial-aerospace", "aerospace",
            "aerospace-materials", "uav", "5g", "iot", "robotics", "humanoid-robots", "new-energy");

    @Test
    void aTypoFindsTheIdAndTheIdsThatContainTheWord() {
        assertEquals(List.of("aerospace", "aerospace-materials", "commercial-aerospace"),
                Suggestions.closest("aerospce", INDUSTRIES, 3));
        assertEquals(List.of("integrated-circuits"), Suggestions.closest("integrated-circiuts", INDUSTRIES, 3));
        assertEquals(List.of("robotics", "humanoid-robots"), Suggestions.closest("robotcs", INDUSTRIES, 3));
        assertEquals(List.of("haidian"), Suggestions.closest("HAIDAIN", List.of("haidian", "daxing", "chaoyang"), 3));
    }

    @Test
    void nothingFarOff() {
        assertEquals(List.of(), Suggestions.closest("time-travel", INDUSTRIES, 3));
        assertEquals(List.of(), Suggestions.closest("frobnicate", List.of("offline", "config-dir", "bare"), 3));
        assertEquals(List.of("ai"), Suggestions.closest("ia", INDUSTRIES, 3), "a short id allows one edit, no more");
    }

    @Test
    void atMostTheGivenNumber() {
        assertEquals(1, Suggestions.closest("aerospce", INDUSTRIES, 1).size());
    }

    @Test
    void listsReadAsTheLanguageSaysOr() {
        assertEquals("a", Suggestions.or(List.of("a"), Locale.ENGLISH));
        assertEquals("a or b", Suggestions.or(List.of("a", "b"), Locale.ENGLISH));
        assertEquals("a或b", Suggestions.or(List.of("a", "b"), Locale.CHINESE));
        assertEquals("a или b", Suggestions.or(List.of("a", "b"), new Locale("ru")));
    }
}

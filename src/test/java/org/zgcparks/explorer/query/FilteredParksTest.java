package org.zgcparks.explorer.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;

/** The one "parks matching this filter, with a description" that the booklet and the headless exports share. */
class FilteredParksTest {

    static Dataset ds;
    static final Messages EN = new Messages(Locale.ENGLISH);

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    @Test
    void noFilterIsEveryParkWithNoDescription() {
        FilteredParks all = FilteredParks.of(ds, ParkFilter.NONE, EN);
        assertEquals(ds.parks(), all.parks());
        assertEquals("", all.description());
    }

    @Test
    void aFilterKeepsTheDatasetsOrderAndSaysWhatItIs() {
        ParkFilter f = ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace"));
        FilteredParks aero = FilteredParks.of(ds, f, EN);
        List<String> expected = ds.parks().stream().map(Park::id)
                .filter(Set.of("bda", "haidian-park", "rocket-street", "yizhuang-park")::contains).toList();
        assertEquals(expected, aero.parks().stream().map(Park::id).toList());
        assertTrue(aero.description().contains("Commercial aerospace"), aero.description());
        assertEquals(aero, FilteredParks.of(new ParkMatcher(ds), f, ds, EN));
    }

    @Test
    void aFilterNothingMatchesIsEmpty() {
        ParkFilter f = new ParkFilter(Set.of("commercial-aerospace", "no-such-industry"), ParkFilter.MatchMode.ALL,
                Set.of(), Set.of());
        assertTrue(FilteredParks.of(ds, f, EN).isEmpty());
    }

    @Test
    void theDescriptionIsPunctuatedInTheReadersLanguage() {
        ParkFilter f = ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace", "integrated-circuits"));
        String en = FilteredParks.of(ds, f, EN).description();
        assertTrue(en.contains(", ") && en.endsWith(" (any)"), en);
        String zh = FilteredParks.of(ds, f, new Messages(Locale.CHINESE)).description();
        assertTrue(zh.contains("、") && zh.endsWith("（任一）") && !zh.contains(", "), zh);
    }
}

package org.zgcparks.explorer.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Role;

class ParkMatcherTest {

    static Dataset ds;
    static ParkMatcher matcher;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
        matcher = new ParkMatcher(ds);
    }

    static List<String> ids(ParkFilter f) {
        return matcher.matches(f).stream().map(m -> m.park().id()).sorted().toList();
    }

    @Test
    void noFilterMatchesEveryPark() {
        assertEquals(ds.parks().size(), matcher.matches(ParkFilter.NONE).size());
    }

    @Test
    void oneIndustryGivesExactlyTheLinkedParksAndSaysWhy() {
        ParkFilter f = ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace"));
        assertEquals(List.of("bda", "haidian-park", "rocket-street", "yizhuang-park"), ids(f));
        var bda = matcher.matches(f).stream().filter(m -> m.park().id().equals("bda")).findFirst().orElseThrow();
        assertEquals("commercial-aerospace", bda.because().get(0).industryId());
        assertEquals(Role.LEADING, bda.because().get(0).role());
    }

    @Test
    void anyAndAll() {
        ParkFilter any = new ParkFilter(Set.of("hydrogen-energy", "synthetic-biology"), ParkFilter.MatchMode.ANY, Set.of(), Set.of());
        assertEquals(List.of("bda", "changping-park", "daxing-park"), ids(any));
        ParkFilter all = new ParkFilter(Set.of("biomedicine", "hydrogen-energy"), ParkFilter.MatchMode.ALL, Set.of(), Set.of());
        assertEquals(List.of("daxing-park"), ids(all));
        var daxing = matcher.matches(all).get(0);
        assertEquals(2, daxing.because().size(), "both industries explain the match");
    }

    @Test
    void kindsAndDistrictsNarrow() {
        ParkFilter streets = new ParkFilter(Set.of(), ParkFilter.MatchMode.ANY, Set.of(ParkKind.STREET), Set.of());
        assertEquals(List.of("im-way", "inno-way", "zgc-street"), ids(streets));
        ParkFilter daxingAi = new ParkFilter(Set.of("ai"), ParkFilter.MatchMode.ANY, Set.of(), Set.of("daxing"));
        assertEquals(List.of("bda", "yizhuang-park"), ids(daxingAi));
        ParkFilter subParksInHaidian = new ParkFilter(Set.of(), ParkFilter.MatchMode.ANY, Set.of(ParkKind.SUB_PARK), Set.of("haidian"));
        assertEquals(List.of("haidian-park"), ids(subParksInHaidian));
    }

    @Test
    void noMatch() {
        ParkFilter f = new ParkFilter(Set.of("graphene"), ParkFilter.MatchMode.ANY, Set.of(ParkKind.STREET), Set.of());
        assertTrue(matcher.matches(f).isEmpty());
    }
}

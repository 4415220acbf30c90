package org.zgcparks.explorer.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;

class SearchIndexTest {

    static SearchIndex index;
    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = new DatasetLoader().loadBundled();
        index = new SearchIndex(dataset);
    }

    static String top(String q) {
        List<SearchIndex.Hit> hits = index.search(q, 5);
        return hits.isEmpty() ? "" : hits.get(0).id();
    }

    static List<String> ids(String q) {
        return index.search(q, 50).stream().map(SearchIndex.Hit::id).toList();
    }

    @Test
    void pinyinWithOrWithoutTonesAndSpaces() {
        assertEquals("haidian-park", top("Hǎidiàn Yuán"));
        assertEquals("haidian-park", top("haidian yuan"));
        assertEquals("haidian-park", top("HAIDIANYUAN"));
        assertTrue(ids("zhongguancun").contains("zgc-street"));
        assertTrue(ids("Zhōngguāncūn").contains("inno-way"));
        assertTrue(ids("zhong guan cun").contains("im-way"));
    }

    @Test
    void chineseRussianAndEnglish() {
        assertTrue(List.of("bda", "yizhuang-park").contains(top("亦庄")));
        assertEquals("daxing-park", top("大兴园"));
        assertEquals("yizhuang-park", top("парк Ичжуан"));
        assertEquals("changping-park", top("Чанпин"));
        assertEquals("bda", top("E-Town"));
    }

    @Test
    void industriesAreFoundToo() {
        assertTrue(ids("aero").contains("commercial-aerospace"), ids("aero").toString());
        assertEquals("integrated-circuits", top("集成电路"));
        assertEquals("uav", top("drones"));
        assertEquals(SearchIndex.Kind.INDUSTRY, index.search("графен", 1).get(0).kind());
    }

    @Test
    void smallTyposAreForgiven() {
        assertEquals("fengtai-park", top("fengtia park"), "a swapped pair");
        assertEquals("shunyi-park", top("shuny park"), "a missing letter");
        assertTrue(ids("aerospce").contains("commercial-aerospace"), "a missing letter in a word");
        assertTrue(ids("graphne").contains("graphene"), "a transposition");
    }

    @Test
    void emptyAndNoMatch() {
        assertTrue(index.search("", 10).isEmpty());
        assertTrue(index.search("   ", 10).isEmpty());
        assertTrue(index.search("xqzwv", 10).isEmpty());
    }

    @Test
    void boundedDistanceStopsEarly() {
        assertEquals(1, SearchIndex.boundedDistance("abcd", "abdc", 2));
        assertEquals(3, SearchIndex.boundedDistance("abcd", "wxyz", 2));
    }

    /**
     * The indexes (rarest trigram, q-gram bound) only skip work: for prefixes of every name, with and without a
     * typo, the indexed search returns exactly what scoring every entry returns.
     */
    @Test
    void theIndexedSearchFindsExactlyWhatABruteForceScanFinds() throws Exception {
        var ds = new DatasetLoader().loadBundled();
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (var p : ds.parks()) {
            for (String name : List.of(p.names().en(), p.names().pinyin(), p.names().ru(), p.names().zh())) {
                String n = TextMatch.normalize(name);
                for (int len : new int[] {2, 3, 4, 6, 9, 12}) {
                    if (n.length() >= len) {
                        String prefix = n.substring(0, len);
                        queries.add(prefix);
                        int i = 1 + random.nextInt(Math.max(1, len - 1));
                        if (i < len) {
                            queries.add(prefix.substring(0, i) + 'x' + prefix.substring(i + 1)); // a substitution
                            queries.add(prefix.substring(0, i - 1) + prefix.charAt(i) + prefix.charAt(i - 1)
                                    + prefix.substring(i + 1)); // a swap
                        }
                    }
                }
            }
        }
        queries.addAll(List.of("aero", "scince park", "zhongguancum", "robto", "integrted circuit", "q", "zz"));
        for (String q : queries) {
            assertEquals(index.searchEveryEntry(q, 12), index.search(q, 12), q);
        }
        assertTrue(queries.size() > 300, "enough queries: " + queries.size());
    }

    /** An industry whose name (or a word of it) starts with the query ranks above parks that match it less well. */
    @Test
    void anIndustryNamedByTheQueryComesBeforeParksThatOnlyMentionIt() {
        List<String> hits = ids("aero");
        assertTrue(hits.indexOf("commercial-aerospace") >= 0, hits.toString());
        assertTrue(hits.indexOf("commercial-aerospace") < hits.indexOf("rocket-street"), hits.toString());
        assertEquals("aerospace", hits.get(0), hits.toString());
    }

    /** Spaces in a pinyin query are ignored, and a park's own name beats a match through its pinyin or alias. */
    @Test
    void aParkNamedByThePinyinQueryBeatsOneWhosePinyinOnlyStartsWithIt() {
        for (String q : List.of("zhong guan cun", "Zhōng guān cūn", "zhongguancun")) {
            String top = top(q);
            assertTrue(dataset.park(top).map(p -> p.names().en()).orElse("").startsWith("Zhongguancun"), q + " -> " + top);
        }
        assertEquals("zgc-street", top("zhong guan cun street"));
        assertEquals("haidian-park", top("haidian yuan"), "the pinyin alone still finds it");
    }
}

package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * How search hits are scored and ranked: exact (100) &gt; prefix (80) &gt; word prefix (70) &gt; substring (60)
 * &gt; near miss (40 less 10 per typo). Within a grade, a name beats pinyin or an alias by {@link #NAME_BONUS} and
 * an industry beats a park by its bias; neither adds up to a grade, so a better grade always wins. Ties go to the
 * smaller id.
 */
final class SearchRanking {

    /** What a name adds over pinyin and aliases: less than a grade (10), so a better grade always wins. */
    static final int NAME_BONUS = 4;
    static final int PARK_BIAS = 0;
    static final int INDUSTRY_BIAS = 2;
    /** No strict match on an entry scores more than this (an exact name). */
    static final int BEST_POSSIBLE = 100 + NAME_BONUS;

    private static final Comparator<SearchIndex.Hit> BEST_FIRST =
            Comparator.comparingInt(SearchIndex.Hit::score).reversed().thenComparing(SearchIndex.Hit::id);

    private SearchRanking() {
    }

    /** The grade of a strict match of {@code q} on a key with these words, or 0 if there is none. */
    static int strictGrade(String q, String key, String[] words) {
        if (key.equals(q)) {
            return 100;
        }
        if (key.startsWith(q)) {
            return 80;
        }
        for (String w : words) {
            if (w.startsWith(q)) {
                return 70;
            }
        }
        return key.contains(q) ? 60 : 0;
    }

    /** The score of a near miss with {@code typos} edits. */
    static int nearMiss(int typos) {
        return 40 - 10 * typos;
    }

    /** How many typos a (normalised) query may have: none below 4 characters, two from 8. */
    static int maxTypos(String q) {
        return q.length() >= 8 ? 2 : q.length() >= 4 ? 1 : 0;
    }

    /** The {@code limit} best hits in order, without sorting all of them when there are many. */
    static List<SearchIndex.Hit> best(List<SearchIndex.Hit> hits, int limit) {
        if (hits.size() <= limit * 4) {
            hits.sort(BEST_FIRST);
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        }
        PriorityQueue<SearchIndex.Hit> worstFirst = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (SearchIndex.Hit h : hits) {
            worstFirst.add(h);
            if (worstFirst.size() > limit) {
                worstFirst.poll();
            }
        }
        List<SearchIndex.Hit> top = new ArrayList<>(worstFirst);
        top.sort(BEST_FIRST);
        return top;
    }
}

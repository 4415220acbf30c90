package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.List;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.Park;

/**
 * Finds parks and industries by any of their names — English, Chinese characters, pinyin (with or without tones
 * and spaces), Russian — and their aliases, tolerating case and small typos. Keys are normalised once
 * ({@link TextMatch}); a query is scored exact &gt; prefix &gt; word prefix &gt; substring &gt; near miss. Within a
 * grade, a match on a name (English, Chinese, Russian) beats one on the pinyin or an alias ("zhong guan cun" finds
 * the parks named Zhongguancun… before those whose pinyin merely starts so), and an industry beats a park (the
 * industry "Commercial aerospace" before a park with "Aerospace" further in its name); see {@link SearchRanking}.
 * {@link SearchPostings} narrows each search to the entries that can match.
 */
public final class SearchIndex {

    /** What a hit is. */
    public enum Kind {
        PARK, INDUSTRY
    }

    /**
     * One result: the park or industry with this {@code id}, and its {@code score} (higher is better). The caller
     * shows it under the name its language gives that park or industry.
     */
    public record Hit(Kind kind, String id, int score) {
    }

    private final List<SearchEntry> entries = new ArrayList<>();
    private final SearchPostings postings;

    public SearchIndex(Dataset dataset) {
        for (Park p : dataset.parks()) {
            entries.add(SearchEntry.of(Kind.PARK, p.id(), p.names(), p.aliases(), SearchRanking.PARK_BIAS));
        }
        for (Industry i : dataset.industries()) {
            entries.add(SearchEntry.of(Kind.INDUSTRY, i.id(), i.names(), i.aliases(), SearchRanking.INDUSTRY_BIAS));
        }
        postings = new SearchPostings(entries);
    }

    /**
     * Up to {@code limit} hits, best first. An empty query has none. A strict pass (exact, prefix, word prefix,
     * substring) runs over every entry; the typo-tolerant pass runs only if the strict one cannot fill the
     * results, since near misses always rank below strict matches.
     */
    public List<Hit> search(String query, int limit) {
        String q = TextMatch.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        boolean[] hit = new boolean[entries.size()];
        int[] candidates = postings.strictCandidates(q);
        int count = candidates == null ? entries.size() : candidates.length;
        for (int c = 0; c < count; c++) {
            int n = candidates == null ? c : candidates[c];
            SearchEntry e = entries.get(n);
            if (e.joined().indexOf(q) < 0) {
                continue;
            }
            int best = 0;
            for (int k = 0; k < e.keys().length && best < SearchRanking.BEST_POSSIBLE; k++) {
                best = Math.max(best, e.strictScore(q, k));
            }
            if (best > 0) {
                hits.add(e.hit(best));
                hit[n] = true;
            }
        }
        int maxTypos = SearchRanking.maxTypos(q);
        if (hits.size() < limit && maxTypos > 0) {
            postings.nearMisses(q, maxTypos, hit, new EditDistance(q.length() + maxTypos + 1), hits);
        }
        return SearchRanking.best(hits, limit);
    }

    /**
     * The same search by brute force, scoring every key and word of every entry with {@link #score}: what the
     * indexed search must return (for tests).
     */
    List<Hit> searchEveryEntry(String query, int limit) {
        String q = TextMatch.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        int maxTypos = SearchRanking.maxTypos(q);
        List<Hit> strict = new ArrayList<>(), near = new ArrayList<>();
        for (SearchEntry e : entries) {
            int bestStrict = 0, bestNear = 0;
            for (int k = 0; k < e.keys().length; k++) {
                bestStrict = Math.max(bestStrict, e.strictScore(q, k));
                bestNear = Math.max(bestNear, score(q, e.keys()[k], e.words()[k], maxTypos));
                for (String w : e.words()[k]) {
                    bestNear = Math.max(bestNear, score(q, w, new String[0], maxTypos));
                }
            }
            if (bestStrict > 0) {
                strict.add(e.hit(bestStrict));
            } else if (bestNear > 0) {
                near.add(e.hit(bestNear));
            }
        }
        if (strict.size() < limit) {
            strict.addAll(near);
        }
        return SearchRanking.best(strict, limit);
    }

    /** The strict score, else the near-miss score (for tests). */
    static int score(String q, String key, String[] words, int maxTypos) {
        int strict = SearchRanking.strictGrade(q, key, words);
        if (strict > 0 || maxTypos == 0) {
            return strict;
        }
        EditDistance d = new EditDistance(q.length() + maxTypos + 1);
        int best = d.toPrefix(q, key, maxTypos);
        for (String w : words) {
            best = Math.min(best, d.toPrefix(q, w, maxTypos));
        }
        return best <= maxTypos ? SearchRanking.nearMiss(best) : 0;
    }

    static int boundedDistance(String a, String b, int max) {
        return new EditDistance(Math.max(a.length(), b.length()) + 1).between(a, a.length(), b, b.length(), max);
    }
}

package org.zgcparks.explorer.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Park;

/**
 * Finds parks and industries by any of their names — English, Chinese characters, pinyin (with or without tones
 * and spaces), Russian — and their aliases, tolerating case and small typos. Keys are normalised once
 * ({@link TextMatch}); a query is scored exact &gt; prefix &gt; word prefix &gt; substring &gt; near miss.
 */
public final class SearchIndex {

    /** What a hit is. */
    public enum Kind {
        PARK, INDUSTRY
    }

    /** One result. {@code label} is the name as the user's language shows it. */
    public record Hit(Kind kind, String id, int score) {
    }

    /**
     * @param joined every key, each followed by a separator: one {@code indexOf} on it rejects an entry that
     *               cannot match strictly (every strict match has the query inside some key)
     */
    private record Entry(Kind kind, String id, String[] keys, String[][] words, int bias, String joined) {
    }

    private static final char SEPARATOR = '\u0000';

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Dataset dataset) {
        for (Park p : dataset.parks()) {
            entries.add(entry(Kind.PARK, p.id(), p.names(), p.aliases(), 1));
        }
        for (Industry i : dataset.industries()) {
            entries.add(entry(Kind.INDUSTRY, i.id(), i.names(), i.aliases(), 0));
        }
    }

    private static Entry entry(Kind kind, String id, Names names, List<String> aliases, int bias) {
        Set<String> raw = new LinkedHashSet<>(List.of(names.en(), names.zh(), names.ru(), names.pinyin()));
        raw.addAll(aliases);
        List<String> keys = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        for (String r : raw) {
            String k = TextMatch.normalize(r);
            if (!k.isEmpty()) {
                keys.add(k);
                words.add(java.util.Arrays.stream(r.split("[\\s\\-()（）«»,·]+"))
                        .map(TextMatch::normalize).filter(w -> !w.isEmpty()).toArray(String[]::new));
            }
        }
        StringBuilder joined = new StringBuilder();
        keys.forEach(k -> joined.append(k).append(SEPARATOR));
        return new Entry(kind, id, keys.toArray(String[]::new), words.toArray(String[][]::new), bias, joined.toString());
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
        for (int n = 0; n < entries.size(); n++) {
            Entry e = entries.get(n);
            if (e.joined().indexOf(q) < 0) {
                continue;
            }
            int best = 0;
            for (int k = 0; k < e.keys().length && best < 100; k++) {
                best = Math.max(best, strictScore(q, e.keys()[k], e.words()[k]));
            }
            if (best > 0) {
                hits.add(new Hit(e.kind(), e.id(), best + e.bias()));
                hit[n] = true;
            }
        }
        int maxTypos = q.length() >= 8 ? 2 : q.length() >= 4 ? 1 : 0;
        if (hits.size() < limit && maxTypos > 0) {
            Distance distance = new Distance(q.length() + maxTypos + 1);
            for (int n = 0; n < entries.size(); n++) {
                if (hit[n]) {
                    continue;
                }
                Entry e = entries.get(n);
                int best = maxTypos + 1;
                for (int k = 0; k < e.keys().length && best > 0; k++) {
                    best = Math.min(best, distance.toPrefix(q, e.keys()[k], maxTypos));
                    for (String w : e.words()[k]) {
                        best = Math.min(best, distance.toPrefix(q, w, maxTypos));
                    }
                }
                if (best <= maxTypos) {
                    hits.add(new Hit(e.kind(), e.id(), 40 - 10 * best + e.bias()));
                }
            }
        }
        return best(hits, limit);
    }

    private static final Comparator<Hit> BEST_FIRST = Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::id);

    /** The {@code limit} best hits in order, without sorting all of them when there are many. */
    private static List<Hit> best(List<Hit> hits, int limit) {
        if (hits.size() <= limit * 4) {
            hits.sort(BEST_FIRST);
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        }
        java.util.PriorityQueue<Hit> worstFirst = new java.util.PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (Hit h : hits) {
            worstFirst.add(h);
            if (worstFirst.size() > limit) {
                worstFirst.poll();
            }
        }
        List<Hit> top = new ArrayList<>(worstFirst);
        top.sort(BEST_FIRST);
        return top;
    }

    static int strictScore(String q, String key, String[] words) {
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

    /** The strict score, else the near-miss score (for tests). */
    static int score(String q, String key, String[] words, int maxTypos) {
        int strict = strictScore(q, key, words);
        if (strict > 0 || maxTypos == 0) {
            return strict;
        }
        Distance d = new Distance(q.length() + maxTypos + 1);
        int best = d.toPrefix(q, key, maxTypos);
        for (String w : words) {
            best = Math.min(best, d.toPrefix(q, w, maxTypos));
        }
        return best <= maxTypos ? 40 - 10 * best : 0;
    }

    static int boundedDistance(String a, String b, int max) {
        return new Distance(Math.max(a.length(), b.length()) + 1).between(a, a.length(), b, b.length(), max);
    }

    /**
     * Optimal-string-alignment distance (edits and adjacent swaps) with reusable rows and an early exit once
     * every entry of a row exceeds the bound, so a search allocates nothing per word.
     */
    private static final class Distance {
        private int[] prev2, prev, cur;

        Distance(int capacity) {
            prev2 = new int[capacity + 1];
            prev = new int[capacity + 1];
            cur = new int[capacity + 1];
        }

        /** Distance from {@code q} to the first {@code |q|} characters of {@code word} (a typed prefix). */
        int toPrefix(String q, String word, int max) {
            int m = Math.min(word.length(), q.length());
            if (q.length() - m > max || m < 2 || !plausible(q, word)) {
                return max + 1;
            }
            return between(q, q.length(), word, m, max);
        }

        /**
         * A near miss keeps its first letter, or its second, or has the two swapped: a cheap test that spares
         * the distance computation for nearly every word of a large index.
         */
        private static boolean plausible(String q, String w) {
            char q0 = q.charAt(0), q1 = q.charAt(1), w0 = w.charAt(0), w1 = w.charAt(1);
            return q0 == w0 || q1 == w1 || (q0 == w1 && q1 == w0);
        }

        int between(String a, int n, String b, int m, int max) {
            if (Math.abs(n - m) > max) {
                return max + 1;
            }
            if (m + 1 > prev.length) {
                prev2 = new int[m + 1];
                prev = new int[m + 1];
                cur = new int[m + 1];
            }
            for (int j = 0; j <= m; j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= n; i++) {
                cur[0] = i;
                int rowMin = i;
                char ai = a.charAt(i - 1);
                for (int j = 1; j <= m; j++) {
                    char bj = b.charAt(j - 1);
                    int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ai == bj ? 0 : 1));
                    if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                        v = Math.min(v, prev2[j - 2] + 1);
                    }
                    cur[j] = v;
                    rowMin = Math.min(rowMin, v);
                }
                if (rowMin > max) {
                    return max + 1;
                }
                int[] t = prev2;
                prev2 = prev;
                prev = cur;
                cur = t;
            }
            return prev[m];
        }
    }
}

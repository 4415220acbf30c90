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

    private record Entry(Kind kind, String id, String[] keys, String[][] words, int bias) {
    }

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
        return new Entry(kind, id, keys.toArray(String[]::new), words.toArray(String[][]::new), bias);
    }

    /** Up to {@code limit} hits, best first. An empty query has none. */
    public List<Hit> search(String query, int limit) {
        String q = TextMatch.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        int maxTypos = q.length() >= 8 ? 2 : q.length() >= 4 ? 1 : 0;
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int best = 0;
            for (int k = 0; k < e.keys().length; k++) {
                best = Math.max(best, score(q, e.keys()[k], e.words()[k], maxTypos));
            }
            if (best > 0) {
                hits.add(new Hit(e.kind(), e.id(), best + e.bias()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::id));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    static int score(String q, String key, String[] words, int maxTypos) {
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
        if (key.contains(q)) {
            return 60;
        }
        if (maxTypos == 0) {
            return 0;
        }
        // near misses: the query against each word, and against the key's prefix of the query's length
        int best = Integer.MAX_VALUE;
        for (String w : words) {
            best = Math.min(best, boundedDistance(q, w.length() > q.length() ? w.substring(0, q.length()) : w, maxTypos));
        }
        best = Math.min(best, boundedDistance(q, key.length() > q.length() ? key.substring(0, q.length()) : key, maxTypos));
        return best <= maxTypos ? 40 - 10 * best : 0;
    }

    /** Optimal-string-alignment distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int boundedDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int n = a.length(), m = b.length();
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
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

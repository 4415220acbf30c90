package org.zgcparks.explorer.query;

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
 * ({@link TextMatch}); a query is scored exact &gt; prefix &gt; word prefix &gt; substring &gt; near miss. Within a
 * grade, a match on a name (English, Chinese, Russian) beats one on the pinyin or an alias ("zhong guan cun" finds
 * the parks named Zhongguancun… before those whose pinyin merely starts so), and an industry beats a park (the
 * industry "Commercial aerospace" before a park with "Aerospace" further in its name).
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
    private record Entry(Kind kind, String id, String[] keys, String[][] words, int names, int bias, String joined) {

        /** The score of a strict match on key {@code k}: its grade, plus the bonus of a name over pinyin or alias. */
        int strictScore(String q, int k) {
            int grade = SearchIndex.strictScore(q, keys[k], words[k]);
            return grade > 0 && k < names ? grade + NAME_BONUS : grade;
        }
    }

    /** What a name adds over pinyin and aliases: less than a grade (10), so a better grade always wins. */
    private static final int NAME_BONUS = 4;
    private static final int PARK_BIAS = 0;
    private static final int INDUSTRY_BIAS = 2;
    private static final int BEST_POSSIBLE = 100 + NAME_BONUS;

    private static final char SEPARATOR = '\u0000';

    private final List<Entry> entries = new ArrayList<>();
    /**
     * For the typo-tolerant pass: the entries having a key or word whose first (or second) character is the map's
     * key. A near miss keeps its first or second letter or swaps them (see {@code Distance.plausible}), so only
     * these entries can hold one: the pass looks at a few hundredths of a large index instead of all of it.
     */
    private final java.util.Map<Character, int[]> byFirst;
    private final java.util.Map<Character, int[]> bySecond;
    private int[] seen;
    private int generation;
    /** Entries (ascending) by every bigram and trigram of their keys. */
    private final java.util.Map<String, int[]> grams;
    /** Every key and word of every entry, and the entry each belongs to. */
    private final String[] allWords;
    private final int[] wordEntry;
    /** Words by the bigrams of their first {@value #PREFIX_GRAMS} characters: word index and position, interleaved. */
    private final java.util.Map<String, int[]> prefixGrams;
    private static final int PREFIX_GRAMS = 16;
    private final int[] wordCount;
    private final int[] wordStamp;
    private final int[] wordLastGram;
    private final int[] touchedWords;

    public SearchIndex(Dataset dataset) {
        for (Park p : dataset.parks()) {
            entries.add(entry(Kind.PARK, p.id(), p.names(), p.aliases(), PARK_BIAS));
        }
        for (Industry i : dataset.industries()) {
            entries.add(entry(Kind.INDUSTRY, i.id(), i.names(), i.aliases(), INDUSTRY_BIAS));
        }
        java.util.Map<Character, java.util.List<Integer>> first = new java.util.HashMap<>(), second = new java.util.HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            Entry e = entries.get(n);
            Set<Character> firsts = new java.util.HashSet<>(), seconds = new java.util.HashSet<>();
            for (int k = 0; k < e.keys().length; k++) {
                initials(e.keys()[k], firsts, seconds);
                for (String w : e.words()[k]) {
                    initials(w, firsts, seconds);
                }
            }
            for (char c : firsts) {
                first.computeIfAbsent(c, x -> new ArrayList<>()).add(n);
            }
            for (char c : seconds) {
                second.computeIfAbsent(c, x -> new ArrayList<>()).add(n);
            }
        }
        byFirst = postings(first);
        bySecond = postings(second);
        seen = new int[entries.size()];
        java.util.Map<String, java.util.List<Integer>> grams = new java.util.HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            String j = entries.get(n).joined();
            Set<String> mine = new java.util.HashSet<>();
            for (int i = 0; i + 2 <= j.length(); i++) {
                mine.add(j.substring(i, i + 2));
                if (i + 3 <= j.length()) {
                    mine.add(j.substring(i, i + 3));
                }
            }
            for (String g : mine) {
                grams.computeIfAbsent(g, x -> new ArrayList<>()).add(n);
            }
        }
        this.grams = postings(grams);

        List<String> words = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        java.util.Map<String, java.util.List<Integer>> pg = new java.util.HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            Entry e = entries.get(n);
            Set<String> mine = new java.util.LinkedHashSet<>(List.of(e.keys()));
            for (String[] ws : e.words()) {
                mine.addAll(List.of(ws));
            }
            for (String w : mine) {
                int id = words.size();
                words.add(w);
                owners.add(n);
                for (int i = 0; i + 2 <= Math.min(w.length(), PREFIX_GRAMS); i++) {
                    java.util.List<Integer> l = pg.computeIfAbsent(w.substring(i, i + 2), x -> new ArrayList<>());
                    l.add(id);
                    l.add(i);
                }
            }
        }
        allWords = words.toArray(String[]::new);
        wordEntry = owners.stream().mapToInt(Integer::intValue).toArray();
        prefixGrams = postings(pg);
        wordCount = new int[allWords.length];
        wordStamp = new int[allWords.length];
        wordLastGram = new int[allWords.length];
        touchedWords = new int[allWords.length];
    }

    /**
     * The typo-tolerant pass by the q-gram lemma: a word whose first |q| characters are within {@code k} edits
     * (or adjacent swaps) of {@code q} still holds at least (distinct bigrams of q) − 3k of them there, so only
     * words holding that many are compared. Returns false, having done nothing, when the bound filters nothing
     * (short queries) and the caller must look at every plausible word.
     */
    private boolean nearMissesByBigrams(String q, int k, boolean[] hit, Distance distance, List<Hit> hits) {
        List<String> qGrams = new ArrayList<>(new java.util.LinkedHashSet<>(bigrams(q)));
        int need = qGrams.size() - 3 * k;
        if (need < 1 || q.length() + k > PREFIX_GRAMS) {
            return false;
        }
        int gen = nextGeneration();
        int touched = 0;
        for (int g = 0; g < qGrams.size(); g++) {
            int[] p = prefixGrams.get(qGrams.get(g));
            if (p == null) {
                continue;
            }
            for (int i = 0; i < p.length; i += 2) {
                int w = p[i];
                if (p[i + 1] > q.length() - 2 || hit[wordEntry[w]]) {
                    continue; // beyond the part of the word a typed prefix is compared with, or already a strict hit
                }
                if (wordStamp[w] != gen) {
                    wordStamp[w] = gen;
                    wordCount[w] = 0;
                    wordLastGram[w] = -1;
                    touchedWords[touched++] = w;
                }
                if (wordLastGram[w] != g) {
                    wordLastGram[w] = g;
                    wordCount[w]++;
                }
            }
        }
        java.util.Map<Integer, Integer> bestByEntry = new java.util.HashMap<>();
        for (int t = 0; t < touched; t++) {
            int w = touchedWords[t];
            if (wordCount[w] >= need) {
                int d = distance.toPrefix(q, allWords[w], k);
                if (d <= k) {
                    bestByEntry.merge(wordEntry[w], d, Math::min);
                }
            }
        }
        bestByEntry.forEach((n, d) -> {
            Entry e = entries.get(n);
            hits.add(new Hit(e.kind(), e.id(), 40 - 10 * d + e.bias()));
        });
        return true;
    }

    private static List<String> bigrams(String q) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= q.length(); i++) {
            out.add(q.substring(i, i + 2));
        }
        return out;
    }

    /**
     * The entries that can hold {@code q} as a substring: those having its rarest trigram (bigram for a
     * two-letter query), or all entries for one letter. Every strict match has the query inside a key, so this
     * loses nothing and spares the scan of a large index.
     */
    private int[] strictCandidates(String q) {
        if (q.length() < 2) {
            return null;
        }
        int n = q.length() >= 3 ? 3 : 2;
        int[] best = null;
        for (int i = 0; i + n <= q.length(); i++) {
            int[] p = grams.get(q.substring(i, i + n));
            if (p == null) {
                return new int[0];
            }
            if (best == null || p.length < best.length) {
                best = p;
            }
        }
        return best;
    }

    private static void initials(String word, Set<Character> firsts, Set<Character> seconds) {
        if (word.length() >= 2) {
            firsts.add(word.charAt(0));
            seconds.add(word.charAt(1));
        }
    }

    private static <K> java.util.Map<K, int[]> postings(java.util.Map<K, java.util.List<Integer>> lists) {
        java.util.Map<K, int[]> out = new java.util.HashMap<>();
        lists.forEach((c, l) -> out.put(c, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static Entry entry(Kind kind, String id, Names names, List<String> aliases, int bias) {
        Set<String> nameTexts = new LinkedHashSet<>(List.of(names.en(), names.zh(), names.ru()));
        Set<String> raw = new LinkedHashSet<>(nameTexts);
        raw.add(names.pinyin());
        raw.addAll(aliases);
        List<String> keys = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        int nameKeys = 0;
        for (String r : raw) {
            String k = TextMatch.normalize(r);
            if (!k.isEmpty()) {
                if (nameTexts.contains(r)) {
                    nameKeys++; // the names come first in raw, so they are keys 0 .. nameKeys - 1
                }
                keys.add(k);
                words.add(java.util.Arrays.stream(r.split("[\\s\\-()（）«»,·]+"))
                        .map(TextMatch::normalize).filter(w -> !w.isEmpty()).toArray(String[]::new));
            }
        }
        StringBuilder joined = new StringBuilder();
        keys.forEach(k -> joined.append(k).append(SEPARATOR));
        return new Entry(kind, id, keys.toArray(String[]::new), words.toArray(String[][]::new), nameKeys, bias,
                joined.toString());
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
        int[] candidates = strictCandidates(q);
        int count = candidates == null ? entries.size() : candidates.length;
        for (int c = 0; c < count; c++) {
            int n = candidates == null ? c : candidates[c];
            Entry e = entries.get(n);
            if (e.joined().indexOf(q) < 0) {
                continue;
            }
            int best = 0;
            for (int k = 0; k < e.keys().length && best < BEST_POSSIBLE; k++) {
                best = Math.max(best, e.strictScore(q, k));
            }
            if (best > 0) {
                hits.add(new Hit(e.kind(), e.id(), best + e.bias()));
                hit[n] = true;
            }
        }
        int maxTypos = q.length() >= 8 ? 2 : q.length() >= 4 ? 1 : 0;
        Distance distance = new Distance(q.length() + maxTypos + 1);
        if (hits.size() < limit && maxTypos > 0 && !nearMissesByBigrams(q, maxTypos, hit, distance, hits)) {
            int gen = nextGeneration();
            char q0 = q.charAt(0), q1 = q.charAt(1);
            // candidates: a word starting with q's first letter, or with q's second letter second, or the two swapped
            for (int[] list : new int[][] {byFirst.get(q0), bySecond.get(q1), byFirst.get(q1)}) {
                if (list == null) {
                    continue;
                }
                for (int n : list) {
                    if (hit[n] || seen[n] == gen) {
                        continue;
                    }
                    seen[n] = gen;
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
        }
        return best(hits, limit);
    }

    /** A fresh mark for {@link #seen} and {@code wordStamp}; searches run on one thread at a time (the FX thread, or a benchmark's). */
    private int nextGeneration() {
        if (++generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(seen, 0);
            java.util.Arrays.fill(wordStamp, 0);
            generation = 1;
        }
        return generation;
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

    /**
     * The same search by brute force, scoring every key and word of every entry with {@link #score}: what the
     * indexed search must return (for tests).
     */
    List<Hit> searchEveryEntry(String query, int limit) {
        String q = TextMatch.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        int maxTypos = q.length() >= 8 ? 2 : q.length() >= 4 ? 1 : 0;
        List<Hit> strict = new ArrayList<>(), near = new ArrayList<>();
        for (Entry e : entries) {
            int bestStrict = 0, bestNear = 0;
            for (int k = 0; k < e.keys().length; k++) {
                bestStrict = Math.max(bestStrict, e.strictScore(q, k));
                bestNear = Math.max(bestNear, score(q, e.keys()[k], e.words()[k], maxTypos));
                for (String w : e.words()[k]) {
                    bestNear = Math.max(bestNear, score(q, w, new String[0], maxTypos));
                }
            }
            if (bestStrict > 0) {
                strict.add(new Hit(e.kind(), e.id(), bestStrict + e.bias()));
            } else if (bestNear > 0) {
                near.add(new Hit(e.kind(), e.id(), bestNear + e.bias()));
            }
        }
        if (strict.size() < limit) {
            strict.addAll(near);
        }
        return best(strict, limit);
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

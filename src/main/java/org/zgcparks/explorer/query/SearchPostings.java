package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search index's postings: which entries (by their place in the list) can hold a query, so that a search
 * looks at a few of them instead of all. Trigrams and bigrams of the keys find the candidates of a strict match;
 * bigrams of the words' beginnings, or the words' first and second letters, those of a near miss.
 * Searches run on one thread at a time (the FX thread, or a benchmark's): the marks are reused between them.
 */
final class SearchPostings {

    /** How far into a word its bigrams are indexed for the near-miss pass. */
    private static final int PREFIX_GRAMS = 16;

    private final List<SearchEntry> entries;
    /**
     * For the typo-tolerant pass: the entries having a key or word whose first (or second) character is the map's
     * key. A near miss keeps its first or second letter or swaps them (see {@link EditDistance#toPrefix}), so only
     * these entries can hold one: the pass looks at a few hundredths of a large index instead of all of it.
     */
    private final Map<Character, int[]> byFirst;
    private final Map<Character, int[]> bySecond;
    private final int[] seen;
    private int generation;
    /** Entries (ascending) by every bigram and trigram of their keys. */
    private final Map<String, int[]> grams;
    /** Every key and word of every entry, and the entry each belongs to. */
    private final String[] allWords;
    private final int[] wordEntry;
    /** Words by the bigrams of their first {@value #PREFIX_GRAMS} characters: word index and position, interleaved. */
    private final Map<String, int[]> prefixGrams;
    private final int[] wordCount;
    private final int[] wordStamp;
    private final int[] wordLastGram;
    private final int[] touchedWords;

    SearchPostings(List<SearchEntry> entries) {
        this.entries = entries;
        Map<Character, List<Integer>> first = new HashMap<>(), second = new HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            SearchEntry e = entries.get(n);
            Set<Character> firsts = new HashSet<>(), seconds = new HashSet<>();
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
        Map<String, List<Integer>> grams = new HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            String j = entries.get(n).joined();
            Set<String> mine = new HashSet<>();
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
        Map<String, List<Integer>> pg = new HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            SearchEntry e = entries.get(n);
            Set<String> mine = new LinkedHashSet<>(List.of(e.keys()));
            for (String[] ws : e.words()) {
                mine.addAll(List.of(ws));
            }
            for (String w : mine) {
                int id = words.size();
                words.add(w);
                owners.add(n);
                for (int i = 0; i + 2 <= Math.min(w.length(), PREFIX_GRAMS); i++) {
                    List<Integer> l = pg.computeIfAbsent(w.substring(i, i + 2), x -> new ArrayList<>());
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
     * The entries that can hold {@code q} as a substring: those having its rarest trigram (bigram for a
     * two-letter query), or null (meaning all entries) for one letter. Every strict match has the query inside a
     * key, so this loses nothing and spares the scan of a large index.
     */
    int[] strictCandidates(String q) {
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

    /**
     * Adds the near misses of {@code q} (within {@code k} typos) among the entries not {@code hit} strictly: by
     * the bigram bound when it filters anything, else by the words' first and second letters.
     */
    void nearMisses(String q, int k, boolean[] hit, EditDistance distance, List<SearchIndex.Hit> hits) {
        if (!nearMissesByBigrams(q, k, hit, distance, hits)) {
            nearMissesByInitials(q, k, hit, distance, hits);
        }
    }

    /**
     * The typo-tolerant pass by the q-gram lemma: a word whose first |q| characters are within {@code k} edits
     * (or adjacent swaps) of {@code q} still holds at least (distinct bigrams of q) − 3k of them there, so only
     * words holding that many are compared. Returns false, having done nothing, when the bound filters nothing
     * (short queries) and the caller must look at every plausible word.
     */
    private boolean nearMissesByBigrams(String q, int k, boolean[] hit, EditDistance distance,
                                        List<SearchIndex.Hit> hits) {
        List<String> qGrams = new ArrayList<>(new LinkedHashSet<>(bigrams(q)));
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
        Map<Integer, Integer> bestByEntry = new HashMap<>();
        for (int t = 0; t < touched; t++) {
            int w = touchedWords[t];
            if (wordCount[w] >= need) {
                int d = distance.toPrefix(q, allWords[w], k);
                if (d <= k) {
                    bestByEntry.merge(wordEntry[w], d, Math::min);
                }
            }
        }
        bestByEntry.forEach((n, d) -> hits.add(entries.get(n).hit(SearchRanking.nearMiss(d))));
        return true;
    }

    /**
     * The typo-tolerant pass for short queries: every entry with a word starting with q's first letter, or with
     * q's second letter second, or the two swapped, compared key by key and word by word.
     */
    private void nearMissesByInitials(String q, int maxTypos, boolean[] hit, EditDistance distance,
                                      List<SearchIndex.Hit> hits) {
        int gen = nextGeneration();
        char q0 = q.charAt(0), q1 = q.charAt(1);
        for (int[] list : new int[][] {byFirst.get(q0), bySecond.get(q1), byFirst.get(q1)}) {
            if (list == null) {
                continue;
            }
            for (int n : list) {
                if (hit[n] || seen[n] == gen) {
                    continue;
                }
                seen[n] = gen;
                SearchEntry e = entries.get(n);
                int best = maxTypos + 1;
                for (int k = 0; k < e.keys().length && best > 0; k++) {
                    best = Math.min(best, distance.toPrefix(q, e.keys()[k], maxTypos));
                    for (String w : e.words()[k]) {
                        best = Math.min(best, distance.toPrefix(q, w, maxTypos));
                    }
                }
                if (best <= maxTypos) {
                    hits.add(e.hit(SearchRanking.nearMiss(best)));
                }
            }
        }
    }

    /** A fresh mark for {@link #seen} and {@link #wordStamp}. */
    private int nextGeneration() {
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(wordStamp, 0);
            generation = 1;
        }
        return generation;
    }

    private static List<String> bigrams(String q) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= q.length(); i++) {
            out.add(q.substring(i, i + 2));
        }
        return out;
    }

    private static void initials(String word, Set<Character> firsts, Set<Character> seconds) {
        if (word.length() >= 2) {
            firsts.add(word.charAt(0));
            seconds.add(word.charAt(1));
        }
    }

    private static <K> Map<K, int[]> postings(Map<K, List<Integer>> lists) {
        Map<K, int[]> out = new HashMap<>();
        lists.forEach((c, l) -> out.put(c, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}

package org.zgcparks.explorer.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zgcparks.explorer.model.Names;

/**
 * One park or industry as the search index holds it: its keys (names, pinyin, aliases; normalised by
 * {@link TextMatch}) and each key's words.
 *
 * @param keys   the normalised keys, names first
 * @param words  the words of each key, normalised
 * @param names  how many of the keys are names (English, Chinese, Russian): keys 0 .. names - 1
 * @param bias   what this kind of entry adds to every score ({@link SearchRanking})
 * @param joined every key, each followed by a separator: one {@code indexOf} on it rejects an entry that
 *               cannot match strictly (every strict match has the query inside some key)
 */
record SearchEntry(SearchIndex.Kind kind, String id, String[] keys, String[][] words, int names, int bias,
                   String joined) {

    private static final char SEPARATOR = '\u0000';

    static SearchEntry of(SearchIndex.Kind kind, String id, Names names, List<String> aliases, int bias) {
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
                words.add(Arrays.stream(r.split("[\\s\\-()（）«»,·]+"))
                        .map(TextMatch::normalize).filter(w -> !w.isEmpty()).toArray(String[]::new));
            }
        }
        StringBuilder joined = new StringBuilder();
        keys.forEach(k -> joined.append(k).append(SEPARATOR));
        return new SearchEntry(kind, id, keys.toArray(String[]::new), words.toArray(String[][]::new), nameKeys,
                bias, joined.toString());
    }

    /** The score of a strict match on key {@code k}: its grade, plus the bonus of a name over pinyin or alias. */
    int strictScore(String q, int k) {
        int grade = SearchRanking.strictGrade(q, keys[k], words[k]);
        return grade > 0 && k < names ? grade + SearchRanking.NAME_BONUS : grade;
    }

    /** A hit on this entry with the score of its match, plus its kind's bias. */
    SearchIndex.Hit hit(int matchScore) {
        return new SearchIndex.Hit(kind, id, matchScore + bias);
    }
}

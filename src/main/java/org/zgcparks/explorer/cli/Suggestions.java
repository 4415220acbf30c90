package org.zgcparks.explorer.cli;

import com.ibm.icu.text.ListFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.zgcparks.explorer.text.Typos;

/**
 * "Did you mean": the candidates closest to a mistyped option or id. An id is compared whole and by its hyphenated
 * parts, so "aerospce" finds aerospace and commercial-aerospace.
 *
 * <p>The distance is written here rather than taken from a library: picocli's own suggestions (a similarity of
 * letter pairs) cover only option names and suggest something for any input, and commons-text's edit distance would
 * add two jars to every installer for these few lines.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidates within a few edits of {@code given} (about one per three letters), closest first, at most {@code max}. */
    public static List<String> closest(String given, Collection<String> candidates, int max) {
        record Scored(String candidate, double score) {
        }
        String q = given.strip().toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, q.length() / 3);
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            String k = c.toLowerCase(Locale.ROOT);
            double best = Typos.distance(q, k);
            if (k.contains("-")) {
                for (String part : k.split("-")) {
                    best = Math.min(best, Typos.distance(q, part) + 0.5); // a part of an id: a little further than the id
                }
            }
            if (best <= allowed) {
                scored.add(new Scored(c, best));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).thenComparing(Scored::candidate))
                .limit(max).map(Scored::candidate).toList();
    }

    /** "a", "a or b", "a, b or c" in the language's own words (CLDR's list patterns, through ICU). */
    public static String or(List<String> items, Locale language) {
        return ListFormatter.getInstance(language, ListFormatter.Type.OR, ListFormatter.Width.WIDE).format(items);
    }
}

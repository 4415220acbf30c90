package org.zgcparks.explorer.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Greedy label decluttering: candidates are taken in priority order and a label is shown only if its box,
 * grown by a margin, overlaps no label already shown. The usual approach of map renderers; stable for a given input.
 */
public final class LabelPlacer {

    /** A label box in screen pixels, with a priority (higher first). */
    public record Candidate(String id, double x, double y, double width, double height, double priority) {
    }

    private LabelPlacer() {
    }

    /** The ids of the labels to show. */
    public static Set<String> place(List<Candidate> candidates, double margin) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::id));
        List<Candidate> placed = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Candidate c : ordered) {
            boolean free = placed.stream().noneMatch(p -> overlaps(p, c, margin));
            if (free) {
                placed.add(c);
                shown.add(c.id());
            }
        }
        return shown;
    }

    private static boolean overlaps(Candidate a, Candidate b, double margin) {
        return a.x() - margin < b.x() + b.width() && b.x() - margin < a.x() + a.width()
                && a.y() - margin < b.y() + b.height() && b.y() - margin < a.y() + a.height();
    }
}

package org.zgcparks.explorer.model;

import java.util.List;

/**
 * Where a statement comes from: a source and, optionally, the place in it.
 *
 * @param sourceId the article's id
 * @param at       the paragraph locator, e.g. {@code "¶2"} or {@code "Northern Territory ¶3"}; empty if not given
 */
public record Citation(String sourceId, String at) {
    public Citation {
        at = at == null ? "" : at;
    }

    /** A citation of a whole source, without a locator. */
    public static Citation of(String sourceId) {
        return new Citation(sourceId, "");
    }

    /** The ids of the given citations, in order. */
    public static List<String> ids(List<Citation> citations) {
        return citations.stream().map(Citation::sourceId).toList();
    }
}

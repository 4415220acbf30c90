package org.zgcparks.explorer.model;

import java.util.List;

/**
 * A policy, plan or official decision.
 *
 * @param date           as exact as the source: a day, month or year, a range, "by" a date, or approximate
 * @param appliesTo      ids of the parks or regions it covers
 * @param citations      the sources that state it, each with its paragraph where given
 * @param projectReading a reading that goes beyond the sources, marked as the project's own (empty if none)
 */
public record Policy(String id, LocalizedText title, LocalizedText issuer, DateSpec date, LocalizedText summary,
                     List<String> appliesTo, List<Citation> citations, LocalizedText projectReading) {
    public Policy {
        appliesTo = List.copyOf(appliesTo);
        citations = List.copyOf(citations);
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
    }

    /** The ids of the sources cited, in order. */
    public List<String> sourceIds() {
        return Citation.ids(citations);
    }
}

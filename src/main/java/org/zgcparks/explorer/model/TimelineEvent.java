package org.zgcparks.explorer.model;

/**
 * A dated event in a park's history, with the source (and paragraph) that states it.
 *
 * @param date as exact as the source: a day, month or year, a range, "by" a date, or approximate
 */
public record TimelineEvent(DateSpec date, LocalizedText text, Citation citation) {

    /** The id of the source that states it. */
    public String sourceId() {
        return citation.sourceId();
    }
}

package org.zgcparks.explorer.model;

/** A dated event in a park's history. {@code date} is ISO-like and may be partial: 2014, 2014-06, 2014-06-12. */
public record TimelineEvent(String date, LocalizedText text, String sourceId) {
}

package org.zgcparks.explorer.model;

import java.util.List;

/**
 * An approximate park boundary: one or more parts (for parks made of several separate areas),
 * and a note saying how approximate it is.
 */
public record Outline(List<Ring> parts, LocalizedText accuracyNote) {
    public Outline {
        parts = List.copyOf(parts);
        accuracyNote = accuracyNote == null ? LocalizedText.EMPTY : accuracyNote;
    }

    /** An outline with an accuracy note in English only. */
    public Outline(List<Ring> parts, String accuracyNote) {
        this(parts, LocalizedText.english(accuracyNote));
    }
}

package org.zgcparks.explorer.model;

import java.util.List;

/**
 * One or more sources' statement that a park (or district) has an industry, in a given role.
 *
 * @param citations      the sources that state it, each with its paragraph where given
 * @param note           what the sources say about it, in short (empty if nothing)
 * @param projectReading a reading that goes beyond the sources, marked as the project's own (empty if none)
 */
public record IndustryLink(String industryId, Role role, List<Citation> citations, LocalizedText note,
                           LocalizedText projectReading) {
    public IndustryLink {
        citations = List.copyOf(citations);
        note = note == null ? LocalizedText.EMPTY : note;
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
    }

    /** A link citing whole sources, with no reading of the project's own. */
    public IndustryLink(String industryId, Role role, List<String> sourceIds, String note) {
        this(industryId, role, sourceIds.stream().map(Citation::of).toList(), LocalizedText.english(note),
                LocalizedText.EMPTY);
    }

    /** The ids of the sources cited, in order. */
    public List<String> sourceIds() {
        return Citation.ids(citations);
    }
}

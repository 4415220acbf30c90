package org.zgcparks.explorer.model;

/** A named group of industries, as a source defines it ({@code citation} names the source and paragraph). */
public record IndustryGroup(String id, Names names, LocalizedText description, Citation citation) {

    /** The id of the source that defines the group. */
    public String sourceId() {
        return citation.sourceId();
    }
}

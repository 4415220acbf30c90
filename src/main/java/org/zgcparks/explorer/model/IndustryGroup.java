package org.zgcparks.explorer.model;

/** A named group of industries, as a source defines it. */
public record IndustryGroup(String id, Names names, LocalizedText description, String sourceId) {
}

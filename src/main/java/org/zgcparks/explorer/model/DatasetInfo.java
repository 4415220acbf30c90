package org.zgcparks.explorer.model;

/** What the dataset is: a name, a version, the date its content is as of, and a licence note. */
public record DatasetInfo(String name, String version, String asOf, LocalizedText description, String licence) {
}

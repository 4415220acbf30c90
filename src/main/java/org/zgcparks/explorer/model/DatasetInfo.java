package org.zgcparks.explorer.model;

import java.util.Locale;

/**
 * What the dataset is: a name, a version, the date its content is as of, and a licence note.
 *
 * @param name   the name in English
 * @param titles the name in each language the dataset gives it (English only if written as a plain string)
 */
public record DatasetInfo(String name, String version, String asOf, LocalizedText description, String licence,
                          LocalizedText titles) {
    public DatasetInfo {
        titles = titles == null || titles.isBlank() ? LocalizedText.english(name) : titles;
    }

    public DatasetInfo(String name, String version, String asOf, LocalizedText description, String licence) {
        this(name, version, asOf, description, licence, null);
    }

    /** The name in the given language, falling back to English. */
    public String name(Locale locale) {
        return titles.in(locale);
    }
}

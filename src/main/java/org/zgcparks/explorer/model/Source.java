package org.zgcparks.explorer.model;

import java.util.Locale;

/**
 * One of the articles the dataset is built from. {@code date} is ISO-like and may be partial.
 *
 * @param title      the title in English (or as the article has it)
 * @param publisher  the publisher in English
 * @param titles     the title in each language the dataset gives it (a description, for an article without an
 *                   English title); English only if written as a plain string
 * @param publishers the publisher in each language the dataset gives it
 */
public record Source(String id, String title, String publisher, String date, String language, LocalizedText titles,
                     LocalizedText publishers) {
    public Source {
        titles = titles == null || titles.isBlank() ? LocalizedText.english(title) : titles;
        publishers = publishers == null || publishers.isBlank() ? LocalizedText.english(publisher) : publishers;
    }

    public Source(String id, String title, String publisher, String date, String language) {
        this(id, title, publisher, date, language, null, null);
    }

    /** The title in the given language, falling back to English. */
    public String title(Locale locale) {
        return titles.in(locale);
    }

    /** The publisher in the given language, falling back to English. */
    public String publisher(Locale locale) {
        return publishers.in(locale);
    }
}

package org.zgcparks.explorer.model;

import java.util.Locale;

/** A text written in English, optionally also in Chinese and Russian (empty strings where absent). */
public record LocalizedText(String en, String zh, String ru) {

    /** No text in any language. */
    public static final LocalizedText EMPTY = new LocalizedText("", "", "");

    public static LocalizedText english(String en) {
        return new LocalizedText(en, "", "");
    }

    /** Whether there is no English text (and so no text at all: English is the required language). */
    public boolean isBlank() {
        return en == null || en.isBlank();
    }

    /** The text in the given language, falling back to English. */
    public String in(Locale locale) {
        String lang = locale.getLanguage();
        if ("zh".equals(lang) && zh != null && !zh.isBlank()) {
            return zh;
        }
        if ("ru".equals(lang) && ru != null && !ru.isBlank()) {
            return ru;
        }
        return en;
    }
}

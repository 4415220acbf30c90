package org.zgcparks.explorer.model;

import java.util.Locale;

/** A name in English, simplified Chinese and Russian, plus Hanyu pinyin (with tone marks; may be empty). */
public record Names(String en, String zh, String ru, String pinyin) {

    /** The name in the given language, falling back to English where a translation is missing. */
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

package org.zgcparks.explorer.settings;

import java.util.Locale;
import java.util.Optional;

/** The language the user chose for the window (a BCP 47 tag such as "zh" or "ru"). Kept under {@code ui.language}. */
public record LanguagePrefs(Optional<Locale> language) {

    static final String LANGUAGE = "ui.language";

    public static LanguagePrefs load(SettingsStore s) {
        return new LanguagePrefs(s.get(LANGUAGE).filter(t -> !t.isBlank()).map(Locale::forLanguageTag));
    }

    public void save(SettingsStore s) {
        s.put(LANGUAGE, language.map(Locale::toLanguageTag).orElse(null));
    }
}

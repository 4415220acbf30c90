package org.zgcparks.explorer.settings;

import java.util.Optional;

/** The park selected when the app was closed, selected again at the next start. Kept under {@code selection.park}. */
public record SelectionPrefs(Optional<String> parkId) {

    static final String PARK = "selection.park";

    public static SelectionPrefs load(SettingsStore s) {
        return new SelectionPrefs(s.get(PARK).filter(id -> !id.isBlank()));
    }

    public void save(SettingsStore s) {
        s.put(PARK, parkId.orElse(null));
    }
}

package org.zgcparks.explorer.settings;

/**
 * What the map shows, as remembered across restarts: whether parks that do not match the filter are hidden
 * (or dimmed) and whether every district's boundary is drawn. Kept under {@code map.nonMatching} ("hide" or "dim")
 * and {@code map.districtBoundaries} ("true" or "false").
 */
public record MapPrefs(boolean hideNonMatching, boolean districtBoundaries) {

    static final String NON_MATCHING = "map.nonMatching";
    static final String DISTRICT_BOUNDARIES = "map.districtBoundaries";

    public static MapPrefs load(SettingsStore s) {
        return new MapPrefs("hide".equals(s.get(NON_MATCHING).orElse("dim")), s.getBoolean(DISTRICT_BOUNDARIES, false));
    }

    public void save(SettingsStore s) {
        s.put(NON_MATCHING, hideNonMatching ? "hide" : "dim");
        s.put(DISTRICT_BOUNDARIES, Boolean.toString(districtBoundaries));
    }
}

package org.zgcparks.explorer.settings;

/**
 * The main window's place and size (NaN where none is saved) and whether it was maximized, as remembered across
 * restarts. Kept under {@code window.x}, {@code window.y}, {@code window.width}, {@code window.height} and
 * {@code window.maximized}.
 */
public record WindowPrefs(double x, double y, double width, double height, boolean maximized) {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    public static WindowPrefs load(SettingsStore s) {
        return new WindowPrefs(s.getDouble(X).orElse(Double.NaN), s.getDouble(Y).orElse(Double.NaN),
                s.getDouble(WIDTH).orElse(Double.NaN), s.getDouble(HEIGHT).orElse(Double.NaN),
                s.getBoolean(MAXIMIZED, false));
    }

    /** Whether a size was saved (a first start has none). */
    public boolean hasSize() {
        return !Double.isNaN(width) && !Double.isNaN(height);
    }

    /** The same place and size, maximized or not (a maximized window keeps the place it returns to). */
    public WindowPrefs withMaximized(boolean max) {
        return new WindowPrefs(x, y, width, height, max);
    }

    public void save(SettingsStore s) {
        put(s, X, x);
        put(s, Y, y);
        put(s, WIDTH, width);
        put(s, HEIGHT, height);
        s.put(MAXIMIZED, Boolean.toString(maximized));
    }

    private static void put(SettingsStore s, String key, double value) {
        if (Double.isNaN(value)) {
            s.put(key, null);
        } else {
            s.put(key, value);
        }
    }
}

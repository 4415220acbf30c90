package org.zgcparks.explorer.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.zgcparks.explorer.settings.SettingsStore;

/**
 * The window's colours, chosen in View › Theme and remembered in the settings: light, dark, or whatever the desktop
 * uses.
 * <p>
 * The dark theme is a second stylesheet over the app's own ({@code explorer-dark.css}), not a theme library.
 * AtlantaFX (io.github.mkpaz:atlantafx-base, MIT) was weighed: it is well kept and has good light and dark themes,
 * but it replaces Modena for every control (other paddings, fonts and sizes), so every layout fitted and tested for
 * English, Chinese and Russian would have to be fitted again, and the map, legend, list and details still need the
 * app's own rules for their colours. Modena derives every control's colours from a few looked-up colours
 * ({@code -fx-base}, {@code -fx-background}, {@code -fx-control-inner-background}), so the dark theme is those plus
 * the app's own classes, in one short file, and the light look stays exactly as it was.
 */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    /** The settings key that remembers the chosen theme. */
    public static final String SETTING = "ui.theme";
    /** How long the desktop may take to say its colour scheme; then the theme is light. */
    static final long ASK_TIMEOUT_MS = 1500;

    /** The theme chosen last time; light if none or unknown. */
    public static Theme saved(SettingsStore settings) {
        return settings.get(SETTING).map(Theme::parse).orElse(LIGHT);
    }

    static Theme parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    /** The id of its View › Theme item. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the window is dark under this choice; {@link #SYSTEM} asks the desktop (see {@link #desktopIsDark}). */
    public boolean isDark() {
        return this == DARK || this == SYSTEM && desktopIsDark(System.getenv(), Theme::ask);
    }

    /**
     * Whether the desktop uses a dark scheme: GTK_THEME ending in ":dark" or naming a dark theme; else GNOME's
     * colour-scheme or GTK theme setting, Windows' "apps use light theme" or macOS' interface style, each read with
     * the platform's own command and a time limit. Anything that fails or says nothing clear means light.
     *
     * @param ask runs a command and gives its output, or null if it failed or took too long
     */
    static boolean desktopIsDark(Map<String, String> env, Function<List<String>, String> ask) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (!gtk.isBlank()) {
            return gtk.contains("dark");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String out = ask.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
            return out != null && out.contains("AppsUseLightTheme") && out.trim().endsWith("0x0");
        }
        if (os.startsWith("mac")) {
            String out = ask.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"));
            return out != null && out.trim().equalsIgnoreCase("dark");
        }
        String scheme = ask.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme != null && scheme.contains("prefer-dark")) {
            return true;
        }
        String theme = ask.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
        return theme != null && theme.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Runs a short command; its output, or null if it cannot run, fails, or takes longer than the time limit. */
    static String ask(List<String> command) {
        Process p = null;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(ASK_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                return null;
            }
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return p.exitValue() == 0 ? out : null;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }
}

package org.zgcparks.explorer.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.zgcparks.explorer.i18n.BundledFont;

/**
 * The font the UI's text is set in. JavaFX falls back only to fonts the system knows, never by itself to a font
 * the app loaded; so on a machine with no Chinese font (a Linux with only DejaVu, say) Chinese names would be
 * empty boxes. The app therefore loads the font it ships ({@link BundledFont}) and sets every window's text in it:
 * it has Chinese, Cyrillic and Latin letters, and whatever it lacks still falls back to the system's fonts.
 *
 * <p>Where the system has a Chinese UI font made for its screens (Windows' Microsoft YaHei, macOS' PingFang), the
 * platform's own font stays: JavaFX falls back to those for Chinese, and their hinting (YaHei) or design for the
 * platform's rendering (PingFang) looks crisper at 11-13 px than WenQuanYi Micro Hei, which has no hinting; Latin
 * text keeps the platform's Segoe UI / San Francisco.
 */
public final class UiFont {

    /** System fonts that draw Chinese better than the bundled font on their platforms. */
    static final List<String> PREFERRED_SYSTEM_CJK = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC");

    private static final Logger LOG = Logger.getLogger(UiFont.class.getName());

    private final String family;

    UiFont(String family) {
        this.family = family;
    }

    /**
     * Loads the bundled font into JavaFX and returns its family, or empty (logged) if it cannot be loaded. Any thread,
     * before or after the toolkit starts; about 0.3 s in a fresh JVM (the JavaFX font system's own start-up, and a
     * copy of the 4.6 MB file to a temporary file), so the app does it while the toolkit starts.
     */
    public static Optional<String> loadBundled() {
        try (InputStream in = BundledFont.open()) {
            Font font = Font.loadFont(in, 13);
            if (font == null) {
                LOG.warning("JavaFX cannot load the bundled font " + BundledFont.RESOURCE);
                return Optional.empty();
            }
            return Optional.of(font.getFamily());
        } catch (IOException | RuntimeException e) {
            LOG.warning("The bundled font cannot be loaded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The UI font for this machine: the platform's where it has a preferred Chinese font, else the bundled one.
     *
     * @param bundled the bundled font's family, empty if it could not be loaded
     */
    public static UiFont choose(Optional<String> bundled) {
        if (bundled.isEmpty()) {
            return new UiFont(null);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean mayHavePreferred = os.startsWith("windows") || os.startsWith("mac");
        return new UiFont(choose(bundled, mayHavePreferred ? Font.getFamilies() : List.of()));
    }

    /** The family to set the UI in, or null for the platform's default font. */
    static String choose(Optional<String> bundled, Collection<String> systemFamilies) {
        if (bundled.isEmpty() || systemFamilies.stream().anyMatch(PREFERRED_SYSTEM_CJK::contains)) {
            return null;
        }
        return bundled.get();
    }

    /** The family the UI is set in; empty when it is the platform's default font. */
    public Optional<String> family() {
        return Optional.ofNullable(family);
    }

    /**
     * Sets the text of every window in the chosen font, from now on: the main window, dialogs, menus, tooltips and
     * other pop-ups (each is a window with a scene). Call on the FX thread, before the first window is shown.
     */
    public void applyToEveryWindow() {
        if (family == null) {
            return;
        }
        Window.getWindows().forEach(this::style);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::style);
            }
        });
    }

    /** Sets one scene's text in the chosen font (for a scene styled before its window is shown). */
    public void style(Scene scene) {
        if (family == null || scene == null) {
            return;
        }
        String css = stylesheet();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(0, css);
        }
    }

    private void style(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((obs, old, scene) -> style(scene));
    }

    private String stylesheet() {
        String rule = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(rule.getBytes(StandardCharsets.UTF_8));
    }
}

package org.zgcparks.explorer.view;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.zgcparks.explorer.basemap.BasemapStyle;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.view.map.MapTiles;

/**
 * Shows the app in the chosen {@link Theme}: the dark stylesheet over the app's own in every window (the main window,
 * Compare, dialogs; menus and other pop-ups take their owner's), and the offline basemap's tiles in the matching
 * palette, repainted at once.
 */
final class WindowTheme {

    /** The stylesheet laid over the app's own in the dark theme. */
    static final String DARK_CSS = WindowTheme.class.getResource("explorer-dark.css").toExternalForm();

    private final SettingsStore settings;
    private final OfflineBasemap basemap;
    private final MapTiles tiles;
    private Theme theme;
    private boolean dark;

    WindowTheme(SettingsStore settings, OfflineBasemap basemap, MapTiles tiles, ViewScope scope) {
        this.settings = settings;
        this.basemap = basemap;
        this.tiles = tiles;
        this.theme = Theme.saved(settings);
        this.dark = theme.isDark();
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::style);
            }
        };
        Window.getWindows().addListener(opened);
        scope.onDispose(() -> Window.getWindows().removeListener(opened));
    }

    Theme theme() {
        return theme;
    }

    boolean isDark() {
        return dark;
    }

    /** Shows every window and the basemap in the theme chosen last (call once the main window has its scene). */
    void apply() {
        Window.getWindows().forEach(this::style);
        // the tiles are drawn again only when their palette changes, not at every start or language switch
        if (basemap.setPalette(dark ? BasemapStyle.Palette.DARK : BasemapStyle.Palette.LIGHT)) {
            tiles.repaint();
        }
    }

    /** View › Theme: shows the theme now and remembers the choice. */
    void use(Theme chosen) {
        theme = chosen;
        dark = chosen.isDark();
        settings.put(Theme.SETTING, chosen.id());
        settings.save();
        apply();
    }

    /** Sets a scene's stylesheets for the theme (for a scene not yet in a window). */
    void style(Scene scene) {
        if (scene == null) {
            return;
        }
        boolean has = scene.getStylesheets().contains(DARK_CSS);
        if (dark && !has) {
            scene.getStylesheets().add(DARK_CSS);
        } else if (!dark && has) {
            scene.getStylesheets().remove(DARK_CSS);
        }
    }

    private void style(Window window) {
        if (!(window instanceof PopupWindow)) {
            style(window.getScene());
        }
    }
}

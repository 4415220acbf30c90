package org.zgcparks.explorer.app;

import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.settings.AppInfo;
import org.zgcparks.explorer.settings.AppPaths;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TilePrefs;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.tiles.UrlTemplate;

/** The tile source and cache of a run: the command line's choice, else the saved settings. */
final class TileSetup {

    private TileSetup() {
    }

    /** {@code ZGCParksExplorer/0.1.0 (+https://…)}: the User-Agent of every tile request. */
    static String userAgent() {
        return AppInfo.NAME.replace(" ", "") + "/" + AppInfo.version() + " (+" + AppInfo.URL + ")";
    }

    static TileSourceFactory services(CommandLine cl, SettingsStore settings, AppPaths paths, OfflineBasemap basemap) {
        long cap = cl.tiles().cacheMb().orElse(TilePrefs.cacheMb(settings)) * 1024L * 1024L;
        return new TileSourceFactory(paths.cacheDir().resolve("tiles"), cap, userAgent(), basemap);
    }

    static TileSourceChoice spec(CommandLine cl, SettingsStore settings) {
        CommandLine.TileOptions t = cl.tiles();
        if (t.url().isPresent()) {
            return new TileSourceChoice.Xyz(UrlTemplate.parse(t.url().get(), t.subdomains(), t.apiKey().orElse("")),
                    t.attribution().orElse(""), "");
        }
        if (t.mbtiles().isPresent()) {
            return new TileSourceChoice.MbTiles(t.mbtiles().get(), t.attribution().orElse(""));
        }
        return TilePrefs.source(settings);
    }
}

package org.zgcparks.explorer.tiles;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.zgcparks.explorer.settings.SettingsStore;

/** Reads and writes the user's tile source and cache size in the settings store. */
public final class TilePrefs {

    private static final Logger LOG = Logger.getLogger(TilePrefs.class.getName());
    public static final int DEFAULT_CACHE_MB = 500;

    private TilePrefs() {
    }

    /** The saved source; OpenStreetMap when none is saved or the saved one is unusable (logged). */
    public static TileSourceChoice source(SettingsStore s) {
        String id = s.get("tiles.source").orElse("osm");
        try {
            return switch (id) {
                case "xyz" -> new TileSourceChoice.Xyz(UrlTemplate.parse(s.get("tiles.url").orElse(""),
                        splitList(s.get("tiles.subdomains").orElse("")), s.get("tiles.apiKey").orElse("")),
                        s.get("tiles.attribution").orElse(""), s.get("tiles.attributionUrl").orElse(""));
                case "mbtiles" -> new TileSourceChoice.MbTiles(Path.of(s.get("tiles.mbtiles").orElse("")),
                        s.get("tiles.attribution").orElse(""));
                case "offline" -> new TileSourceChoice.Offline();
                default -> new TileSourceChoice.Osm();
            };
        } catch (IllegalArgumentException e) {
            LOG.warning("The saved tile source is unusable (" + e.getMessage() + "); using OpenStreetMap");
            return new TileSourceChoice.Osm();
        }
    }

    public static void saveSource(SettingsStore s, TileSourceChoice spec) {
        for (String k : List.of("tiles.url", "tiles.subdomains", "tiles.apiKey", "tiles.attribution",
                "tiles.attributionUrl", "tiles.mbtiles")) {
            s.put(k, null);
        }
        s.put("tiles.source", spec.id());
        if (spec instanceof TileSourceChoice.Xyz xyz) {
            s.put("tiles.url", xyz.template().template());
            s.put("tiles.subdomains", String.join(",", xyz.template().subdomains()));
            s.put("tiles.apiKey", xyz.template().apiKey().isEmpty() ? null : xyz.template().apiKey());
            s.put("tiles.attribution", xyz.attribution());
            s.put("tiles.attributionUrl", xyz.attributionUrl());
        } else if (spec instanceof TileSourceChoice.MbTiles mb) {
            s.put("tiles.mbtiles", mb.file().toAbsolutePath().toString());
            s.put("tiles.attribution", mb.attribution());
        }
    }

    /** The cache size limit in MB (at least 10). */
    public static int cacheMb(SettingsStore s) {
        return s.getDouble("tiles.cacheMb").map(d -> (int) Math.max(10, Math.min(100_000, d))).orElse(DEFAULT_CACHE_MB);
    }

    public static void saveCacheMb(SettingsStore s, int mb) {
        s.put("tiles.cacheMb", Integer.toString(mb));
    }

    /** "a, b,c" → [a, b, c]. */
    public static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}

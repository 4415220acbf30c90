package org.zgcparks.explorer.tiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which tiles the user chose to see. Every source falls back to the disk cache and then to the offline basemap,
 * so a choice never ends in blank tiles.
 */
public sealed interface TileSourceChoice {

    String OSM_ATTRIBUTION = "© OpenStreetMap contributors";
    String OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright";
    String OSM_REPORT_URL = "https://www.openstreetmap.org/fixthemap";

    /** A stable short name, as stored in the settings: osm, xyz, mbtiles or offline. */
    String id();

    /** The credit the source requires, shown on the map and printed on fact sheets (may be empty). */
    String attribution();

    /** Where the credit links to, or empty. */
    String attributionUrl();

    /** OpenStreetMap's standard tiles, over https: the default. */
    record Osm() implements TileSourceChoice {
        public static final String TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

        @Override
        public String id() {
            return "osm";
        }

        @Override
        public String attribution() {
            return OSM_ATTRIBUTION;
        }

        @Override
        public String attributionUrl() {
            return OSM_COPYRIGHT_URL;
        }

        public UrlTemplate template() {
            return UrlTemplate.parse(TEMPLATE, List.of(), "");
        }
    }

    /**
     * Any XYZ tile server, e.g. {@code https://{s}.tiles.example.com/{z}/{x}/{y}.png?key={apikey}}.
     *
     * @param attribution the provider's credit; when blank and the host is OpenStreetMap's, OSM's credit is used
     */
    record Xyz(UrlTemplate template, String attribution, String attributionUrl) implements TileSourceChoice {
        public Xyz {
            if (attribution == null || attribution.isBlank()) {
                attribution = template.isOpenStreetMap() ? OSM_ATTRIBUTION : "";
                attributionUrl = template.isOpenStreetMap() ? OSM_COPYRIGHT_URL : "";
            }
            attributionUrl = attributionUrl == null ? "" : attributionUrl;
        }

        @Override
        public String id() {
            return "xyz";
        }
    }

    /** A local MBTiles file (SQLite), for offline packs. */
    record MbTiles(Path file, String attribution) implements TileSourceChoice {
        public MbTiles {
            attribution = attribution == null ? "" : attribution;
        }

        @Override
        public String id() {
            return "mbtiles";
        }

        @Override
        public String attributionUrl() {
            return "";
        }
    }

    /** The generated offline basemap only: never touches the network. */
    record Offline() implements TileSourceChoice {
        @Override
        public String id() {
            return "offline";
        }

        @Override
        public String attribution() {
            return "";
        }

        @Override
        public String attributionUrl() {
            return "";
        }
    }

    /** The URL template of a network source, if this is one. */
    default Optional<UrlTemplate> urlTemplate() {
        if (this instanceof Osm osm) {
            return Optional.of(osm.template());
        }
        if (this instanceof Xyz xyz) {
            return Optional.of(xyz.template());
        }
        return Optional.empty();
    }
}

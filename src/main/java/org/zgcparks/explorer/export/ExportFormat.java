package org.zgcparks.explorer.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The data formats the explorer writes, each known by its file name extension. */
public enum ExportFormat {
    /** Figures, one row per figure (RFC 4180, UTF-8 with a byte order mark so that Excel keeps Chinese). */
    CSV("csv"),
    /** Parks as features (RFC 7946: WGS-84, longitude before latitude), for QGIS and other GIS. */
    GEOJSON("geojson");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file's name asks for ({@code .csv}, {@code .geojson}; {@code .json} is taken as GeoJSON). */
    public static Optional<ExportFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".geojson") || n.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        return Optional.empty();
    }

    /** ".csv, .geojson", for messages. */
    public static String extensions() {
        return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
    }
}

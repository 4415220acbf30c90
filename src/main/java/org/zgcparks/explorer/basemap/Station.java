package org.zgcparks.explorer.basemap;

/**
 * A rail, subway, tram or monorail station (OpenStreetMap). The data carries only the Chinese name, empty for
 * unnamed halts.
 */
public record Station(Kind kind, String name, double lon, double lat) {

    public enum Kind { RAIL, SUBWAY, TRAM, MONORAIL }

    public Station {
        name = name == null ? "" : name;
    }
}

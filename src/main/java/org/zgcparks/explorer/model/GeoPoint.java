package org.zgcparks.explorer.model;

/** A WGS-84 position (the datum OpenStreetMap uses), in decimal degrees. */
public record GeoPoint(double lat, double lon) {
}

package org.zgcparks.explorer.geo;

/**
 * The spherical Web-Mercator projection of OSM's slippy-map tiles (EPSG:3857): WGS-84 latitude and longitude
 * to "world pixels" at a zoom level, where the whole world is {@code 256 * 2^zoom} pixels square, x grows
 * eastwards from 180°W and y grows southwards from about 85.05°N. Zoom may be fractional.
 */
public final class WebMercator {

    public static final int TILE_SIZE = 256;
    /** The latitude at which the square world ends (atan(sinh(π))). */
    public static final double MAX_LATITUDE = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));

    private WebMercator() {
    }

    /** Size in pixels of the whole world at the zoom level. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Longitude in degrees to x in [0, 1). */
    public static double normalizedX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Latitude in degrees to y in [0, 1] (clamped at the projection's limits). */
    public static double normalizedY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double phi = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
    }

    public static double lonToPixelX(double lon, double zoom) {
        return normalizedX(lon) * worldSize(zoom);
    }

    public static double latToPixelY(double lat, double zoom) {
        return normalizedY(lat) * worldSize(zoom);
    }

    public static double pixelXToLon(double x, double zoom) {
        return x / worldSize(zoom) * 360.0 - 180.0;
    }

    public static double pixelYToLat(double y, double zoom) {
        double n = Math.PI * (1 - 2 * y / worldSize(zoom));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** The zoom at which a span of {@code normalizedSpan} (fraction of the world) fills {@code pixels}. */
    public static double zoomToFit(double normalizedSpan, double pixels) {
        return Math.log(pixels / (normalizedSpan * TILE_SIZE)) / Math.log(2);
    }
}

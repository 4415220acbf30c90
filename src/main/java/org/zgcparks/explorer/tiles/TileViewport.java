package org.zgcparks.explorer.tiles;

import org.zgcparks.explorer.geo.WebMercator;

/**
 * The block of tiles a map view shows at one zoom level (inclusive ranges). A tile one step outside still counts
 * as in view, so tiles at the edges are not dropped while the user pans.
 */
public record TileViewport(int zoom, long minX, long maxX, long minY, long maxY) {

    /** The zoom level Gluon Maps loads tiles at: it switches to the next level 0.2 before reaching it. */
    public static int tileZoom(double zoom) {
        return Math.max(0, Math.min((int) Math.floor(zoom + 0.2), 19));
    }

    /** The tiles of a view of {@code width × height} pixels centred on a position at a (fractional) zoom. */
    public static TileViewport around(double lat, double lon, double zoom, double width, double height) {
        int z = tileZoom(zoom);
        double scale = Math.pow(2, z - zoom);
        double cx = WebMercator.lonToPixelX(lon, z), cy = WebMercator.latToPixelY(lat, z);
        double hw = width / 2 * scale, hh = height / 2 * scale;
        long max = (1L << z) - 1;
        int t = WebMercator.TILE_SIZE;
        return new TileViewport(z, clamp((long) Math.floor((cx - hw) / t), max), clamp((long) Math.floor((cx + hw) / t), max),
                clamp((long) Math.floor((cy - hh) / t), max), clamp((long) Math.floor((cy + hh) / t), max));
    }

    private static long clamp(long v, long max) {
        return Math.max(0, Math.min(max, v));
    }

    public boolean contains(TileKey key) {
        return key.zoom() == zoom && key.x() >= minX - 1 && key.x() <= maxX + 1
                && key.y() >= minY - 1 && key.y() <= maxY + 1;
    }
}

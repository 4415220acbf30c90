package org.zgcparks.explorer.tiles;

/** A slippy-map tile address: zoom, column (x, from the west) and row (y, from the north). */
public record TileKey(int zoom, long x, long y) {
    public TileKey {
        long n = 1L << zoom;
        if (zoom < 0 || zoom > 22 || x < 0 || y < 0 || x >= n || y >= n) {
            throw new IllegalArgumentException("no tile " + zoom + "/" + x + "/" + y);
        }
    }

    @Override
    public String toString() {
        return zoom + "/" + x + "/" + y;
    }
}

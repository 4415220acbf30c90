package org.zgcparks.explorer.tiles;

/**
 * A tile ready to show.
 *
 * @param provisional whether it stands in for a tile the source could not deliver now (offline basemap or a stale
 *                    cached copy), so that it is worth loading again when the network is back
 */
public record Tile(RasterTile raster, Origin origin, boolean provisional) {

    /** Where a tile's pixels came from. */
    public enum Origin {
        /** fetched from the tile server just now */
        NETWORK,
        /** from the disk cache, fresh or revalidated */
        CACHE,
        /** from the disk cache, past its expiry, because the server could not be asked */
        STALE_CACHE,
        /** from a local MBTiles file */
        LOCAL_FILE,
        /** drawn by the offline basemap */
        OFFLINE_BASEMAP
    }
}

package org.zgcparks.explorer.tiles;

import java.time.Duration;

/**
 * A tile ready to show.
 *
 * @param provisional whether it stands in for a tile the source could not deliver now (offline basemap or a stale
 *                    cached copy), so that it is worth loading again when the network is back
 * @param retryIn     for a provisional tile, when to ask for it again if it is still in view (zero: at once), as the
 *                    source's back-off and the server's Retry-After allow; null: only when the network is back
 */
public record Tile(RasterTile raster, Origin origin, boolean provisional, Duration retryIn) {

    public Tile(RasterTile raster, Origin origin, boolean provisional) {
        this(raster, origin, provisional, null);
    }

    /** This tile, to be asked for again after {@code delay}. */
    public Tile retryingIn(Duration delay) {
        return new Tile(raster, origin, provisional, delay);
    }

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

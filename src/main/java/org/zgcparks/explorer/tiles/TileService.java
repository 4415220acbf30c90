package org.zgcparks.explorer.tiles;

import java.util.concurrent.CompletableFuture;

/**
 * Where the map's tiles come from. Implementations never complete a future exceptionally: a tile that
 * cannot be had is replaced by an offline basemap tile, so the map never shows a blank or an error.
 */
public interface TileService {

    CompletableFuture<RasterTile> load(TileKey key);

    /** Counters of tile loading, for the status bar. */
    TileStats stats();

    /** What the user is looking at, for the status bar and attribution. */
    TileSourceInfo info();

    /** Stops background work; pending tiles complete with what is at hand. */
    void shutdown();
}

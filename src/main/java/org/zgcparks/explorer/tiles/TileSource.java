package org.zgcparks.explorer.tiles;

import java.util.concurrent.CompletableFuture;

/**
 * Where the map's tiles come from. Implementations never complete a future exceptionally: a tile that
 * cannot be had is replaced by a cached or offline basemap tile, so the map never shows a blank or an error.
 */
public interface TileSource {

    /** Loads a tile; the result says whether a better one may come later ({@link Tile#provisional()}). */
    CompletableFuture<Tile> load(TileKey key);

    /** The tiles the user is looking at: queued requests for other tiles are dropped. Null: all are wanted. */
    void setViewport(TileViewport viewport);

    /** Counters of tile loading, for the status bar. */
    TileStats stats();

    /** The source this service serves. */
    TileSourceChoice spec();

    /** What the user is looking at, for the status bar and attribution. */
    TileSourceInfo info();

    /** Whether the network source is reachable now. */
    NetworkStatus status();

    /**
     * Listens for changes of {@link #status()} and for moments when provisional tiles are worth loading again
     * (the network came back, or a periodic retry is due). Listeners run on a background thread.
     */
    void addListener(Listener listener);

    /** Whether the user chose to stay offline (then there is nothing to retry). */
    boolean isStayingOffline();

    /** Tries the network again now (the status bar's Retry). */
    void retry();

    /** Stops background work; pending tiles complete with what is at hand. */
    void shutdown();

    /** What a {@link TileSource} tells its users. */
    interface Listener {
        void statusChanged(NetworkStatus status);

        /** Provisional tiles in view should be loaded again. */
        void reloadProvisional();
    }
}

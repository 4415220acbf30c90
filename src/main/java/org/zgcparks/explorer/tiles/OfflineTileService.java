package org.zgcparks.explorer.tiles;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves every tile from the {@link OfflineBasemap}, rendered on background threads. This is the source the
 * app uses when no network tile source is configured, and the last fallback of every other source.
 */
public final class OfflineTileService implements TileService {

    private final OfflineBasemap basemap;
    private final TileStats stats = new TileStats();
    private final ExecutorService executor;

    public OfflineTileService(OfflineBasemap basemap) {
        this.basemap = basemap;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "offline-tiles-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CompletableFuture<RasterTile> load(TileKey key) {
        stats.started();
        CompletableFuture<RasterTile> future;
        try {
            future = CompletableFuture.supplyAsync(() -> basemap.render(key), executor);
        } catch (RejectedExecutionException e) {
            // shutting down: render inline rather than fail
            future = CompletableFuture.completedFuture(basemap.render(key));
        }
        return future.whenComplete((tile, error) -> stats.finished());
    }

    @Override
    public TileStats stats() {
        return stats;
    }

    @Override
    public TileSourceInfo info() {
        return new TileSourceInfo("Offline basemap", false, "", "");
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}

package org.zgcparks.explorer.tiles;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread-safe counters of tiles requested, pending and loaded, and of those loaded how many are real map tiles
 * (from the server, the cache or a file) and how many the offline basemap stood in for; listeners run on the
 * thread that changed them.
 */
public final class TileStats {

    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger fetched = new AtomicInteger();
    private final AtomicInteger basemap = new AtomicInteger();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void started() {
        pending.incrementAndGet();
        fire();
    }

    /** A load ended with a tile from {@code origin} (null: none at all). */
    public void finished(Tile.Origin origin) {
        pending.decrementAndGet();
        loaded.incrementAndGet();
        if (origin == Tile.Origin.OFFLINE_BASEMAP) {
            basemap.incrementAndGet();
        } else if (origin != null) {
            fetched.incrementAndGet();
        }
        fire();
    }

    /** Loads that delivered a real map tile: from the server, the disk cache or an MBTiles file. */
    public int fetched() {
        return fetched.get();
    }

    /** Loads for which the offline basemap stood in. */
    public int basemap() {
        return basemap.get();
    }

    public int pending() {
        return pending.get();
    }

    public int loaded() {
        return loaded.get();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}

package org.zgcparks.explorer.tiles;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread-safe counters of tiles requested, pending and loaded; listeners run on the thread that changed them. */
public final class TileStats {

    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger loaded = new AtomicInteger();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void started() {
        pending.incrementAndGet();
        fire();
    }

    public void finished() {
        pending.decrementAndGet();
        loaded.incrementAndGet();
        fire();
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

package org.zgcparks.explorer.factsheet;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** How far a booklet is, and the user's wish to stop it; safe to read and cancel from any thread. */
public final class Progress {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public int done() {
        return done.get();
    }

    public int total() {
        return total.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void start(int pages) {
        total.set(pages);
        done.set(0);
    }

    void step() {
        done.incrementAndGet();
    }
}

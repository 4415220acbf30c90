package org.zgcparks.explorer.factsheet;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a booklet is (in parks: a park may take several pages), and the user's wish to stop it; safe to read
 * and cancel from any thread. When done, {@link #pages()} is the booklet's page count.
 */
public final class Progress {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Listener listener;

    /** Told of every change of the counts, on the working thread (so that a task's progress can follow them). */
    @FunctionalInterface
    public interface Listener {
        void changed(Progress progress);
    }

    public Progress() {
        this(progress -> { });
    }

    public Progress(Listener listener) {
        this.listener = listener;
    }

    /** Parks written so far. */
    public int done() {
        return done.get();
    }

    /** Parks to write. */
    public int total() {
        return total.get();
    }

    /** The pages of the finished booklet (0 until it is finished). */
    public int pages() {
        return pages.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void start(int parks) {
        total.set(parks);
        done.set(0);
        pages.set(0);
        listener.changed(this);
    }

    void step() {
        done.incrementAndGet();
        listener.changed(this);
    }

    /** Sets how far the work is, when it counts by position (pages printed). */
    void reach(int count) {
        done.accumulateAndGet(count, Math::max);
        listener.changed(this);
    }

    void finish(int pageCount) {
        pages.set(pageCount);
        listener.changed(this);
    }
}

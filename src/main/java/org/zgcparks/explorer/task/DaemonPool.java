package org.zgcparks.explorer.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The work executor of the app's {@link TaskRunner}, and of headless commands that need background work: a fixed
 * pool of daemon threads, which never keep the process from ending. No JavaFX here, so headless code may use it.
 */
public final class DaemonPool {

    private DaemonPool() {
    }

    /** A fixed pool of daemon threads named {@code name-1}, {@code name-2}, … */
    public static ExecutorService of(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}

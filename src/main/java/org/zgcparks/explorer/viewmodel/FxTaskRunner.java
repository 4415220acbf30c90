package org.zgcparks.explorer.viewmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Background work on a small pool of daemon threads; callbacks on the FX thread. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final Deque<String> descriptions = new ArrayDeque<>();

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started(what);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finished(what);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                LOG.log(Level.FINE, "Task failed: " + what, e);
                Platform.runLater(() -> {
                    finished(what);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void started(String what) {
        descriptions.push(what);
        running.set(running.get() + 1);
        description.set(what);
    }

    private void finished(String what) {
        descriptions.remove(what);
        running.set(running.get() - 1);
        description.set(descriptions.isEmpty() ? "" : descriptions.peek());
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}

package org.zgcparks.explorer.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's one way to run work in the background: {@link BackgroundTask}s run on a work executor, and their
 * properties, callbacks and the runner's own properties (what runs, for the status bar) change on a UI executor.
 * The app passes a pool of daemon threads ({@link DaemonPool}) and the toolkit's {@code Platform::runLater}; tests
 * and headless tools pass the calling thread for both ({@link #sameThread()}), so a task runs to its end inside
 * {@link #execute} and every property is updated just as in the app.
 */
public final class TaskRunner {

    private final Executor work;
    private final Executor ui;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** The running tasks, oldest first (changed on the UI executor only). */
    private final List<BackgroundTask<?>> active = new ArrayList<>();

    /**
     * @param work where the work runs (a pool, or the calling thread in tests)
     * @param ui   where properties change and callbacks run (the UI thread, or the calling thread in tests)
     */
    public TaskRunner(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
    }

    /** A runner that runs work and callbacks on the calling thread: for tests and headless tools. */
    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Runs the task: its work on the work executor, then its callbacks on the UI executor. Returns the task. */
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.attach(ui);
        ui.execute(() -> started(task));
        try {
            work.execute(() -> task.runWork(end -> ui.execute(() -> {
                finished(task);
                end.run();
            })));
        } catch (RejectedExecutionException e) {
            // shut down (the window is closing): the task ends as failed, and the status bar forgets it
            ui.execute(() -> finished(task));
            task.refused(e);
        }
        return task;
    }

    /**
     * Runs plain work in the background (the shape most callers need): {@code onSuccess} gets the result, or
     * {@code onFailure} the exception, on the UI executor.
     *
     * @param title what the user sees while it runs (status bar)
     */
    public <T> BackgroundTask<T> run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return execute(BackgroundTask.wrap(title, work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /**
     * Starts work whose result a caller waits for before the UI executor can run anything (the dataset and the UI
     * font while the toolkit starts): on the work executor, with no title, callbacks or status.
     */
    public <T> CompletableFuture<T> prefetch(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        this.work.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** The executor the work runs on, for services that schedule their own background work (the offline basemap). */
    public Executor workExecutor() {
        return work;
    }

    private void started(BackgroundTask<?> task) {
        active.add(task);
        showLatest();
    }

    private void finished(BackgroundTask<?> task) {
        if (active.remove(task)) {
            showLatest();
        }
    }

    private void showLatest() {
        BackgroundTask<?> latest = active.isEmpty() ? null : active.get(active.size() - 1);
        running.set(active.size());
        current.set(latest);
        description.set(latest == null ? "" : latest.title());
    }

    /** How many tasks are running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The title of the most recently started task still running, or empty. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** The most recently started task still running (its progress, its Cancel), or null. */
    public ReadOnlyObjectProperty<BackgroundTask<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Stops accepting work and lets running tasks end without delaying the app's exit. */
    public void shutdown() {
        if (work instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}

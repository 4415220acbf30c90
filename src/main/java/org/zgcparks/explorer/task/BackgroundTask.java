package org.zgcparks.explorer.task;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of background work with what the user sees of it: a title, how far it is (work done of the total, and a
 * message) and whether it was cancelled, as read-only properties changed only on the UI executor, so views bind to
 * them. Made with {@link #of} or {@link #wrap}, given its callbacks, and run by {@link TaskRunner#execute}; the
 * callbacks run on the UI executor after the state has changed.
 *
 * <p>Cancel is a request: work not yet started never starts, and running work stops where it checks
 * {@link TaskContext#isCancelled()} (or where an {@link TaskContext#onCancel} action stops it) by throwing a
 * {@link CancellationException}, which ends the task {@link State#CANCELLED}. Work that finishes anyway succeeds.
 */
public final class BackgroundTask<T> implements TaskContext {

    private static final Logger LOG = Logger.getLogger(BackgroundTask.class.getName());

    /** Where a task is in its life. */
    public enum State {
        WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        /** Whether the task has ended (its callbacks have been or are being run). */
        public boolean isDone() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };

    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper workDone = new ReadOnlyDoubleWrapper(this, "workDone", 0);
    private final ReadOnlyDoubleWrapper totalWork = new ReadOnlyDoubleWrapper(this, "totalWork", 0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper cancelledProperty = new ReadOnlyBooleanWrapper(this, "cancelled", false);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);

    // written by the work's thread, copied into the properties on the UI executor (at most one copy queued at a time)
    private final AtomicLong doneNow = new AtomicLong();
    private final AtomicLong totalNow = new AtomicLong();
    private final AtomicReference<String> messageNow = new AtomicReference<>("");
    private final AtomicBoolean copyQueued = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
    /** Where the properties change: the caller's thread until a runner takes the task, then the runner's UI executor. */
    private volatile Executor ui = Runnable::run;

    private BackgroundTask(String title, Work<T> work) {
        this.title = new ReadOnlyStringWrapper(this, "title", Objects.requireNonNull(title));
        this.work = Objects.requireNonNull(work);
    }

    /** A task whose work reports progress and can see a cancel. */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** A task of plain work that reports no progress. */
    public static <T> BackgroundTask<T> wrap(String title, Callable<T> work) {
        return new BackgroundTask<>(title, task -> work.call());
    }

    /** What to do with the result, on the UI executor. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** What to do with a failure (a {@link CancellationException} if cancelled), on the UI executor. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    // ---- the work's side (any thread) ---------------------------------------------------------------------------

    @Override
    public void updateProgress(long done, long total) {
        doneNow.set(done);
        totalNow.set(total);
        queueCopy();
    }

    @Override
    public void updateMessage(String text) {
        messageNow.set(text == null ? "" : text);
        queueCopy();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void onCancel(Runnable action) {
        cancelActions.add(action);
        if (cancelled.get()) {
            action.run();
        }
    }

    /** Asks the work to stop (any thread); a task that has ended stays as it ended. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            ui.execute(() -> cancelledProperty.set(true)); // queued before the work can end because of the actions
            cancelActions.forEach(Runnable::run);
        }
    }

    private void queueCopy() {
        if (copyQueued.compareAndSet(false, true)) {
            ui.execute(this::copyProgress);
        }
    }

    private void copyProgress() {
        copyQueued.set(false);
        long done = doneNow.get();
        long total = totalNow.get();
        workDone.set(done);
        totalWork.set(total);
        progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
        message.set(messageNow.get());
    }

    // ---- the runner's side ---------------------------------------------------------------------------------------

    /** Called by the runner before it starts the task: the properties change on this executor from now on. */
    void attach(Executor uiExecutor) {
        this.ui = uiExecutor;
    }

    /** Runs the work on the calling (work) thread and hands the outcome to {@code then}, on the UI executor. */
    void runWork(Consumer<Runnable> then) {
        if (cancelled.get()) {
            then.accept(() -> end(null, new CancellationException("cancelled before it started")));
            return;
        }
        ui.execute(() -> state.set(State.RUNNING));
        T result;
        try {
            result = work.call(this);
        } catch (Throwable e) {
            then.accept(() -> end(null, e));
            return;
        }
        then.accept(() -> end(result, null));
    }

    /** Ends the task with a failure that came before its work could run (the executor refused it). */
    void refused(Throwable e) {
        ui.execute(() -> end(null, e));
    }

    private void end(T result, Throwable failure) {
        if (copyQueued.get()) {
            copyProgress();
        }
        if (failure == null) {
            state.set(State.SUCCEEDED);
            onSuccess.accept(result);
        } else {
            state.set(failure instanceof CancellationException ? State.CANCELLED : State.FAILED);
            LOG.log(Level.FINE, "Task " + state.get() + ": " + title(), failure);
            onFailure.accept(failure);
        }
    }

    // ---- properties (read on the UI thread) ----------------------------------------------------------------------

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String title() {
        return title.get();
    }

    /** What the work last said about itself. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty workDoneProperty() {
        return workDone.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty totalWorkProperty() {
        return totalWork.getReadOnlyProperty();
    }

    /** Work done as a fraction of the total, or -1 while the total is not known (a progress bar's "indeterminate"). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the user asked the work to stop (the property follows {@link #isCancelled()} on the UI executor). */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelledProperty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}

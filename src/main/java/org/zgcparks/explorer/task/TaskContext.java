package org.zgcparks.explorer.task;

/**
 * What a task's work sees of its task: where to report how far it is, and whether the user asked it to stop. Every
 * method may be called from the working thread; the task's properties follow on the UI executor.
 */
public interface TaskContext {

    /** How far the work is: {@code workDone} of {@code totalWork} (a total of 0 or less means "not known"). */
    void updateProgress(long workDone, long totalWork);

    /** What the user reads about the work now (e.g. "Park 3 of 17"). */
    void updateMessage(String message);

    /** Whether the user asked the work to stop; long work checks it and ends with a {@code CancellationException}. */
    boolean isCancelled();

    /**
     * Runs {@code action} when the task is cancelled (at once if it already is), on the thread that cancels it: for
     * work that checks its own flag (a booklet's progress, a print job). The action may run more than once.
     */
    void onCancel(Runnable action);
}

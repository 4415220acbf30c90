package org.zgcparks.explorer.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    /** An executor that only queues: the test decides when what it holds runs, and on which thread. */
    static final class Queued implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            for (Runnable r; (r = queue.poll()) != null; ) {
                r.run();
            }
        }
    }

    @Test
    void theSameThreadTwinRunsToTheEndAndUpdatesEveryProperty() {
        TaskRunner runner = TaskRunner.sameThread();
        List<Integer> running = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        runner.runningProperty().addListener((obs, old, n) -> running.add(n.intValue()));
        runner.descriptionProperty().addListener((obs, old, d) -> descriptions.add(d));
        AtomicReference<String> seenInWork = new AtomicReference<>();
        AtomicReference<Integer> result = new AtomicReference<>();

        BackgroundTask<Integer> task = runner.run("Counting parks", () -> {
            seenInWork.set(runner.descriptionProperty().get() + " / " + runner.runningProperty().get()
                    + " / " + runner.currentProperty().get().title());
            return 42;
        }, result::set, e -> { throw new AssertionError(e); });

        assertEquals("Counting parks / 1 / Counting parks", seenInWork.get(), "the status while it runs");
        assertEquals(42, result.get());
        assertEquals(List.of(1, 0), running);
        assertEquals(List.of("Counting parks", ""), descriptions);
        assertNull(runner.currentProperty().get());
        assertEquals(BackgroundTask.State.SUCCEEDED, task.stateProperty().get());
        assertEquals("Counting parks", task.titleProperty().get());
    }

    @Test
    void progressAndMessageReachTheTaskProperties() {
        TaskRunner runner = TaskRunner.sameThread();
        List<Double> fractions = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.of("Booklet", (TaskContext t) -> {
            for (int i = 1; i <= 4; i++) {
                t.updateProgress(i, 4);
                t.updateMessage("Park " + i + " of 4");
            }
            return "done";
        });
        assertEquals(-1, task.progressProperty().get(), "indeterminate until the work says how much there is");
        task.progressProperty().addListener((obs, old, p) -> fractions.add(p.doubleValue()));
        runner.execute(task);
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), fractions);
        assertEquals(4, task.workDoneProperty().get());
        assertEquals(4, task.totalWorkProperty().get());
        assertEquals("Park 4 of 4", task.messageProperty().get());
    }

    @Test
    void aFailureReachesOnFailureAndEndsTheTask() {
        TaskRunner runner = TaskRunner.sameThread();
        IOException boom = new IOException("disk full");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BackgroundTask<Object> task = runner.run("Writing", () -> {
            throw boom;
        }, r -> { throw new AssertionError("no success"); }, failure::set);
        assertSame(boom, failure.get());
        assertEquals(BackgroundTask.State.FAILED, task.stateProperty().get());
        assertEquals(0, runner.runningProperty().get());
        assertEquals("", runner.descriptionProperty().get());
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRunsItsWork() {
        TaskRunner runner = TaskRunner.sameThread();
        List<String> ran = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BackgroundTask<String> task = BackgroundTask.of("Booklet", (TaskContext t) -> {
            ran.add("work");
            return "x";
        }).onFailure(failure::set);
        task.cancel();
        assertTrue(task.cancelledProperty().get());
        runner.execute(task);
        assertTrue(ran.isEmpty());
        assertInstanceOf(CancellationException.class, failure.get());
        assertEquals(BackgroundTask.State.CANCELLED, task.stateProperty().get());
        assertEquals(0, runner.runningProperty().get());
    }

    @Test
    void aCancelWhileQueuedStopsTheWorkBeforeItRuns() {
        Queued work = new Queued();
        TaskRunner runner = new TaskRunner(work, Runnable::run);
        List<String> ran = new ArrayList<>();
        BackgroundTask<String> task = runner.execute(BackgroundTask.of("Queued", (TaskContext t) -> {
            ran.add("work");
            return "x";
        }));
        assertEquals(1, runner.runningProperty().get());
        task.cancel();
        work.runAll();
        assertTrue(ran.isEmpty());
        assertEquals(BackgroundTask.State.CANCELLED, task.stateProperty().get());
        assertEquals(0, runner.runningProperty().get());
    }

    @Test
    void aCancelWhileRunningStopsTheWorkWhereItChecks() throws Exception {
        ExecutorService pool = DaemonPool.of("test-task", 1);
        LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        TaskRunner runner = new TaskRunner(pool, uiQueue::add);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelSeen = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            BackgroundTask<String> task = BackgroundTask.of("Printing", (TaskContext t) -> {
                t.onCancel(cancelSeen::countDown);
                t.updateProgress(1, 10);
                started.countDown();
                assertTrue(cancelSeen.await(30, TimeUnit.SECONDS), "cancelled");
                if (t.isCancelled()) {
                    throw new CancellationException("stopped at page 1");
                }
                return "sent";
            }).onFailure(failure::set);
            runner.execute(task);
            assertTrue(started.await(30, TimeUnit.SECONDS));
            task.cancel(); // on the "UI thread" (this one), as a Cancel button does
            while (!task.stateProperty().get().isDone()) {
                Runnable r = uiQueue.poll(30, TimeUnit.SECONDS);
                assertTrue(r != null, "the task ends");
                r.run();
            }
            assertEquals(BackgroundTask.State.CANCELLED, task.stateProperty().get());
            assertEquals("stopped at page 1", failure.get().getMessage());
            assertTrue(task.cancelledProperty().get());
            assertEquals(0.1, task.progressProperty().get(), 1e-9, "the progress made before the cancel");
            assertEquals(0, runner.runningProperty().get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void progressFromTheWorkReachesTheUiOnceAUiTurnWithTheLatestFigures() {
        Queued ui = new Queued();
        TaskRunner runner = new TaskRunner(Runnable::run, ui);
        BackgroundTask<String> task = runner.execute(BackgroundTask.of("Many steps", (TaskContext t) -> {
            for (int i = 1; i <= 1000; i++) {
                t.updateProgress(i, 1000);
            }
            return "x";
        }));
        // started, running, one progress copy, the end: not a thousand copies queued for the UI thread
        assertTrue(ui.queue.size() <= 4, "queued for the UI: " + ui.queue.size());
        assertEquals(-1, task.progressProperty().get(), "nothing changes off the UI executor");
        ui.runAll();
        assertEquals(1.0, task.progressProperty().get());
        assertEquals(BackgroundTask.State.SUCCEEDED, task.stateProperty().get());
    }

    @Test
    void theDescriptionIsTheLatestTaskStillRunning() {
        Queued work = new Queued();
        TaskRunner runner = new TaskRunner(work, Runnable::run);
        runner.run("Loading dataset", () -> 1, r -> { }, e -> { });
        runner.run("Writing PDF", () -> 2, r -> { }, e -> { });
        assertEquals(2, runner.runningProperty().get());
        assertEquals("Writing PDF", runner.descriptionProperty().get());
        work.queue.poll().run(); // the dataset is loaded first
        assertEquals(1, runner.runningProperty().get());
        assertEquals("Writing PDF", runner.descriptionProperty().get());
        work.queue.poll().run();
        assertEquals("", runner.descriptionProperty().get());
    }

    @Test
    void anActionAddedAfterTheCancelRunsAtOnce() {
        BackgroundTask<String> task = BackgroundTask.wrap("x", () -> "x");
        task.cancel();
        List<String> ran = new ArrayList<>();
        task.onCancel(() -> ran.add("stop"));
        assertEquals(List.of("stop"), ran);
    }

    @Test
    void workAfterShutdownFailsInsteadOfHangingTheStatusBar() {
        ExecutorService pool = DaemonPool.of("test-task", 1);
        TaskRunner runner = new TaskRunner(pool, Runnable::run);
        runner.shutdown();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BackgroundTask<Integer> task = runner.run("Late", () -> 1, r -> { }, failure::set);
        assertTrue(failure.get() != null);
        assertEquals(BackgroundTask.State.FAILED, task.stateProperty().get());
        assertEquals(0, runner.runningProperty().get());
        assertTrue(pool.isShutdown());
    }

    @Test
    void prefetchedWorkGivesItsResultOrItsFailure() {
        TaskRunner runner = TaskRunner.sameThread();
        assertEquals("dataset", runner.prefetch(() -> "dataset").join());
        CompletableFuture<Object> failed = runner.prefetch(() -> {
            throw new IOException("unreadable");
        });
        CompletionException e = assertThrows(CompletionException.class, failed::join);
        assertEquals("unreadable", e.getCause().getMessage());
        assertFalse(runner.runningProperty().get() > 0, "no status for prefetched work");
    }
}

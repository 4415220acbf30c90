package org.zgcparks.explorer.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs background work off the FX thread and delivers its result or failure on the FX thread. The app uses
 * {@link FxTaskRunner}; tests use {@link SynchronousTaskRunner}, which runs everything inline.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background.
     *
     * @param description what the user sees while it runs (status bar)
     */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** How many tasks are running. */
    ReadOnlyIntegerProperty runningProperty();

    /** The description of the most recently started task still running, or empty. */
    ReadOnlyStringProperty descriptionProperty();

    /** Stops accepting work and lets running tasks end without delaying the app's exit. */
    void shutdown();
}

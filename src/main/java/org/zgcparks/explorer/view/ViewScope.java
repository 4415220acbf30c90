package org.zgcparks.explorer.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners one main window puts on things that outlive it (the view-models, the map's tiles, the settings):
 * registered through the scope, they are all removed when the window is replaced (a language switch rebuilds it),
 * so the old window's views stop reacting and can be collected. Views that only bind ({@code bind},
 * {@code bindBidirectional}) need no scope: JavaFX holds bindings weakly.
 */
public final class ViewScope {

    private final List<Runnable> removals = new ArrayList<>();
    private boolean disposed;

    /** Adds a change listener to a value that outlives the window, until {@link #dispose()}. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        if (disposed) {
            return;
        }
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    /** Runs {@code removal} when the scope is disposed (for listeners of other kinds). */
    public void onDispose(Runnable removal) {
        if (disposed) {
            removal.run();
        } else {
            removals.add(removal);
        }
    }

    /** Removes every listener registered through the scope; later registrations are ignored. */
    public void dispose() {
        disposed = true;
        removals.forEach(Runnable::run);
        removals.clear();
    }

    public boolean isDisposed() {
        return disposed;
    }
}

package org.zgcparks.explorer.view.support;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listeners a view puts on things that outlive it (the view-models, the map's tiles), held weakly by those things
 * and strongly by the view: when the window is rebuilt (a language switch) and the old view is dropped, its
 * listeners go with it instead of keeping the whole old window alive and busy. JavaFX's own
 * {@link WeakChangeListener} does the weak half; the strong half is kept in the view node's properties.
 */
public final class WeakListeners {

    private static final String KEY = WeakListeners.class.getName();

    private WeakListeners() {
    }

    /** Adds {@code listener} to {@code value} for as long as {@code owner} is reachable. */
    public static <T> void listen(Node owner, ObservableValue<T> value, ChangeListener<? super T> listener) {
        hold(owner, listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    /** Adds {@code listener} to {@code list} for as long as {@code owner} is reachable. */
    public static <T> void listenList(Node owner, ObservableList<T> list, ListChangeListener<? super T> listener) {
        hold(owner, listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    /**
     * A runnable for a listener list that has no weak form: it runs {@code action} while {@code owner} is reachable,
     * and does nothing after.
     */
    public static Runnable runnable(Node owner, Runnable action) {
        hold(owner, action);
        WeakReference<Runnable> ref = new WeakReference<>(action);
        return () -> {
            Runnable r = ref.get();
            if (r != null) {
                r.run();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static void hold(Node owner, Object listener) {
        ((List<Object>) owner.getProperties().computeIfAbsent(KEY, k -> new ArrayList<>())).add(listener);
    }
}

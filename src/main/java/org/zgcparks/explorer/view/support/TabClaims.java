package org.zgcparks.explorer.view.support;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * A control that uses Tab inside itself before letting the focus move on (the map goes through the parks in view,
 * then hands Tab back). The window moves the focus along its own order with a filter on the scene, which sees Tab
 * before the control does; it asks the focused control first through this claim.
 */
public final class TabClaims {

    private static final String KEY = TabClaims.class.getName();

    private TabClaims() {
    }

    /** {@code handler} takes a Tab key event and says whether it used it (false: the focus moves on). */
    public static void claim(Node node, Predicate<KeyEvent> handler) {
        node.getProperties().put(KEY, handler);
    }

    /** Lets the focused node (or a parent of it) use the Tab first; true if it did. */
    @SuppressWarnings("unchecked")
    public static boolean usedBy(Node focused, KeyEvent tab) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof Predicate<?> p) {
                return ((Predicate<KeyEvent>) p).test(tab);
            }
        }
        return false;
    }
}

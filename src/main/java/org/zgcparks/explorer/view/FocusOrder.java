package org.zgcparks.explorer.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zgcparks.explorer.view.support.TabClaims;

/**
 * Tab and Shift+Tab move through the main window in reading order of its tasks: the search and filters, the park
 * list, the details, then the map and the status bar. JavaFX's own order follows the scene graph, where the map
 * sits between the list and the details; JavaFX 21 has no public API to give a parent another order, so the window
 * filters Tab itself and moves the focus along {@link #order()}.
 */
final class FocusOrder {

    private final Scene scene;
    private final List<Node> regions;

    /** @param regions the parts of the window, in the order Tab visits them */
    FocusOrder(Scene scene, List<Node> regions) {
        this.scene = scene;
        this.regions = regions;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        List<Node> order = order();
        if (order.isEmpty()) {
            return;
        }
        Node owner = scene.getFocusOwner();
        if (TabClaims.usedBy(owner, e)) {
            e.consume(); // the control used it inside itself (the map's parks in view)
            return;
        }
        int at = -1;
        for (int i = 0; i < order.size() && owner != null; i++) {
            if (order.get(i) == owner || isInside(owner, order.get(i))) {
                at = i;
            }
        }
        int step = e.isShiftDown() ? -1 : 1;
        int next = at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size());
        order.get(next).requestFocus();
        e.consume();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Every control Tab stops at, in order. */
    List<Node> order() {
        List<Node> out = new ArrayList<>();
        for (Node region : regions) {
            if (region != null && region.getScene() == scene) {
                collect(region, out);
            }
        }
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable()) {
            out.add(n);
            if (!(n instanceof TitledPane || n instanceof TabPane || n instanceof ScrollPane)) {
                return; // other controls handle their own inside (a list's rows, a combo's button)
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}

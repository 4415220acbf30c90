package org.zgcparks.explorer.view;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Esc does one thing at a time: while a menu, a drop-down list or another popup of the window is open, Esc only
 * closes it; the window's own Esc actions (clear the search, clear the selection) wait for the next Esc.
 * <p>
 * A popup closes itself on Esc before the window's scene sees the key (the window hands key events to its popups
 * first) without consuming it, so "a popup is showing" is not enough: a popup that closed while this key event is
 * being handled counts too, until the event is over.
 */
final class EscapeRule {

    private final Window owner;
    private boolean popupJustClosed;
    private final ListChangeListener<Window> closed = change -> {
        while (change.next()) {
            if (change.wasRemoved() && change.getRemoved().stream().anyMatch(this::ownPopup) && !popupJustClosed) {
                popupJustClosed = true;
                Platform.runLater(() -> popupJustClosed = false);
            }
        }
    };

    EscapeRule(Window owner) {
        this.owner = owner;
        Window.getWindows().addListener(closed);
    }

    /** Stops watching the app's windows (the main window that used this rule was replaced). */
    void dispose() {
        Window.getWindows().removeListener(closed);
    }

    /** Whether the Esc being handled is (or would be) taken by an open or just-closed popup of the window. */
    boolean popupTakesEscape() {
        return popupJustClosed || Window.getWindows().stream().anyMatch(w -> w.isShowing() && ownPopup(w));
    }

    private boolean ownPopup(Window window) {
        if (!(window instanceof PopupWindow) || window instanceof Tooltip) {
            return false;
        }
        Window w = window;
        while (w instanceof PopupWindow p) {
            w = p.getOwnerWindow();
        }
        return w == owner;
    }
}

package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapView;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyEvent;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.view.support.TabClaims;

/**
 * The keyboard on the map, once it has the focus (a click or Tab gives it): arrow keys pan, {@code +} and {@code -}
 * zoom, Tab and Shift+Tab go through the parks in view (highlighting each as a hover would, and centring it when it
 * lies near the edge), and Enter selects the highlighted park, or the park at (else nearest) the centre. After the
 * last park Tab leaves the map for the next control, so the keyboard is never trapped. Esc is the window's (it
 * clears the selection). The map's accessible text tells a screen reader what is selected and highlighted.
 */
final class MapKeyboard {

    /** How far (pixels) an arrow key pans. */
    static final double PAN_STEP = 120;
    /** A park highlighted closer than this (pixels) to the edge of the view is centred. */
    private static final double EDGE = 48;

    private final ParkMapView view;
    private final MapView map;
    private final ParkLayer layer;
    private final MapPointer pointer;
    private final Messages messages;
    /** The parks Tab goes through: those in view when it began, in reading order (top to bottom, left to right). */
    private List<Park> cycle;
    private Park highlighted;

    MapKeyboard(ParkMapView view, MapView map, ParkLayer layer, MapPointer pointer, Messages messages) {
        this.view = view;
        this.map = map;
        this.layer = layer;
        this.pointer = pointer;
        this.messages = messages;
        map.setFocusTraversable(true);
        map.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        map.setAccessibleRoleDescription(messages.get("map.accessible.role"));
        map.setAccessibleHelp(messages.get("map.accessible.help"));
        map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && handle(e)) {
                e.consume();
            }
        });
        // the window's focus order sees Tab first and asks the map whether it goes to the next park
        TabClaims.claim(map, e -> next(e.isShiftDown()));
        map.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                cycle = null;
                if (highlighted != null && highlighted == view.hoveredParkProperty().get()) {
                    view.hover(null);
                }
                highlighted = null;
            }
        });
        view.selectedParkProperty().addListener((obs, o, p) -> describe());
        view.hoveredParkProperty().addListener((obs, o, p) -> {
            if (p != highlighted) {
                highlighted = null; // the pointer took over
            }
            describe();
        });
        describe();
    }

    private boolean handle(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> pan(-PAN_STEP, 0);
            case RIGHT, KP_RIGHT -> pan(PAN_STEP, 0);
            case UP, KP_UP -> pan(0, -PAN_STEP);
            case DOWN, KP_DOWN -> pan(0, PAN_STEP);
            case PLUS, EQUALS, ADD -> zoom(1);
            case MINUS, SUBTRACT -> zoom(-1);
            case ENTER -> {
                Park park = highlighted != null ? highlighted : atCentre();
                if (park != null) {
                    view.clicked(park, false);
                }
            }
            case TAB -> {
                return next(e.isShiftDown());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void pan(double dx, double dy) {
        cycle = null;
        view.panBy(dx, dy);
    }

    private void zoom(double delta) {
        cycle = null;
        view.zoomBy(delta);
    }

    /** Highlights the next (or previous) park in view; false once past the last (or first), to leave the map. */
    private boolean next(boolean back) {
        if (cycle == null || (highlighted != null && !cycle.contains(highlighted))) {
            cycle = parksInView();
        }
        int at = highlighted == null ? -1 : cycle.indexOf(highlighted);
        int next = at < 0 ? (back ? cycle.size() - 1 : 0) : at + (back ? -1 : 1);
        if (next < 0 || next >= cycle.size()) {
            highlight(null);
            cycle = null;
            return false;
        }
        highlight(cycle.get(next));
        return true;
    }

    private void highlight(Park park) {
        if (park != null) {
            Point2D at = layer.toLayer(park.centre());
            if (at.getX() < EDGE || at.getY() < EDGE || at.getX() > map.getWidth() - EDGE
                    || at.getY() > map.getHeight() - EDGE) {
                view.centreOn(park.centre());
                at = layer.toLayer(park.centre());
            }
            highlighted = park;
            view.hover(park);
            pointer.placeCard(at.getX(), at.getY());
        } else {
            Park was = highlighted;
            highlighted = null;
            if (was != null && was == view.hoveredParkProperty().get()) {
                view.hover(null);
            }
        }
    }

    /** The parks that can be clicked whose centre is in view, top to bottom, then left to right. */
    List<Park> parksInView() {
        double w = map.getWidth(), h = map.getHeight();
        return view.parks().stream()
                .filter(p -> layer.isClickable(p.id()))
                .filter(p -> {
                    Point2D at = layer.toLayer(p.centre());
                    return at.getX() >= 0 && at.getY() >= 0 && at.getX() <= w && at.getY() <= h;
                })
                .sorted(Comparator.comparingDouble((Park p) -> Math.round(layer.toLayer(p.centre()).getY() / 24))
                        .thenComparingDouble(p -> layer.toLayer(p.centre()).getX()))
                .toList();
    }

    /** The park under the centre of the view (as a click there would pick it), else the one nearest to the centre. */
    private Park atCentre() {
        double cx = map.getWidth() / 2, cy = map.getHeight() / 2;
        List<Park> under = pointer.parksAt(cx, cy);
        if (!under.isEmpty()) {
            return under.get(0);
        }
        return parksInView().stream()
                .min(Comparator.comparingDouble(p -> layer.toLayer(p.centre()).distance(cx, cy)))
                .orElse(null);
    }

    /** What a screen reader says of the map: what is selected and what is highlighted. */
    private void describe() {
        StringBuilder text = new StringBuilder(messages.get("map.accessible"));
        Park selected = view.selectedParkProperty().get();
        if (selected != null) {
            text.append(". ").append(messages.get("map.accessible.selected", name(selected)));
        } else {
            text.append(". ").append(messages.get("map.accessible.none"));
        }
        Park hovered = view.hoveredParkProperty().get();
        if (hovered != null && hovered != selected) {
            text.append(". ").append(messages.get("map.accessible.highlighted", name(hovered)));
        }
        map.setAccessibleText(text.toString());
    }

    private String name(Park park) {
        return park.names().in(messages.locale()) + " (" + messages.get("kind." + park.kind().id()) + ")";
    }
}

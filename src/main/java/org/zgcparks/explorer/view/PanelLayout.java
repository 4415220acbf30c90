package org.zgcparks.explorer.view;

import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.zgcparks.explorer.i18n.Messages;

/**
 * The side panels around the map, in a split. Each panel starts as wide as its content asks, within limits: at
 * least a minimum, at most a share of the window, so a small window (1000 × 700) still leaves the map about half of
 * it; each then keeps its width while the window is resized (the map takes the change), still within the share.
 * Each can be hidden and shown again, by View › Show list / Show details or by the small button at the map's edge
 * beside its divider (both are one property, so they stay in step); the map takes its room.
 */
final class PanelLayout {

    /** The largest share of the window's width the list and the details may take. */
    static final double LIST_SHARE = 0.25, DETAILS_SHARE = 0.28;
    static final double LIST_MIN = 180, DETAILS_MIN = 200;
    /** The width the panels start at before their content is known, as a share of the split. */
    private static final double LIST_START = 0.22, DETAILS_START = 0.72;

    private final SplitPane split = new SplitPane();
    private final StackPane left = new StackPane();
    private final StackPane centre;
    private final StackPane right = new StackPane();
    private final BooleanProperty showList = new SimpleBooleanProperty(true);
    private final BooleanProperty showDetails = new SimpleBooleanProperty(true);
    private double listPosition = LIST_START, detailsPosition = DETAILS_START;
    private boolean fitted;
    /** The width the list's rows would like (its tree's own preferred width counts only the first rows). */
    private DoubleSupplier listWanted = () -> 0;

    PanelLayout(Node map, Messages messages) {
        left.setId("left-panel");
        right.setId("right-panel");
        ToggleButton listToggle = toggle("toggle-list", messages.get("menu.view.showList"), showList, "\u2039", "\u203a");
        ToggleButton detailsToggle = toggle("toggle-details", messages.get("menu.view.showDetails"), showDetails,
                "\u203a", "\u2039");
        StackPane.setAlignment(listToggle, Pos.CENTER_LEFT);
        StackPane.setAlignment(detailsToggle, Pos.CENTER_RIGHT);
        centre = new StackPane(map, listToggle, detailsToggle);
        centre.setId("map-slot");
        centre.setMinWidth(0);
        split.getItems().setAll(left, centre, right);
        split.setId("main-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(LIST_START, DETAILS_START);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        left.setMinWidth(LIST_MIN);
        right.setMinWidth(DETAILS_MIN);
        // capped only once the window has a width: a cap of 0 before then would squeeze the panels at start-up
        split.widthProperty().addListener((obs, o, w) -> {
            if (w.doubleValue() > 0) {
                left.setMaxWidth(Math.max(LIST_MIN, w.doubleValue() * LIST_SHARE));
                right.setMaxWidth(Math.max(DETAILS_MIN, w.doubleValue() * DETAILS_SHARE));
                fit();
            }
        });
        showList.addListener((obs, o, on) -> apply());
        showDetails.addListener((obs, o, on) -> apply());
    }

    /** The small button at the map's edge that hides or shows a panel; its arrow points where the panel goes. */
    private static ToggleButton toggle(String id, String name, BooleanProperty shown, String hide, String show) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.getStyleClass().add("panel-toggle");
        b.selectedProperty().bindBidirectional(shown);
        b.textProperty().bind(shown.map(on -> on ? hide : show));
        b.setTooltip(new Tooltip(name));
        b.setAccessibleText(name);
        b.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        b.setFocusTraversable(false); // View › Show list / Show details do the same from the keyboard
        return b;
    }

    Node left() {
        return left;
    }

    Node right() {
        return right;
    }

    SplitPane split() {
        return split;
    }

    /** Puts the park list and the details in their panels, and sizes the panels to them. */
    void setContent(Node list, Node details, DoubleSupplier listWanted) {
        this.listWanted = listWanted;
        left.getChildren().setAll(list);
        right.getChildren().setAll(details);
        fitted = false;
        fit();
    }

    /** Empties the split and the panels (the window is being replaced). */
    void clear() {
        split.getItems().clear();
        left.getChildren().clear();
        centre.getChildren().clear();
        right.getChildren().clear();
    }

    BooleanProperty showListProperty() {
        return showList;
    }

    BooleanProperty showDetailsProperty() {
        return showDetails;
    }

    /** Once the split has a width and the panels content: each panel as wide as its content asks, within limits. */
    private void fit() {
        double w = split.getWidth();
        if (fitted || w <= 0 || left.getChildren().isEmpty() || !showList.get() || !showDetails.get()) {
            return;
        }
        fitted = true;
        left.applyCss();
        right.applyCss();
        double l = clamp(Math.max(left.prefWidth(-1), listWanted.getAsDouble()), LIST_MIN, Math.max(LIST_MIN, w * LIST_SHARE));
        double r = clamp(right.prefWidth(-1), DETAILS_MIN, Math.max(DETAILS_MIN, w * DETAILS_SHARE));
        listPosition = l / w;
        detailsPosition = 1 - r / w;
        split.setDividerPositions(listPosition, detailsPosition);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Puts the shown panels into the split, where they were (as a share of the width) when last hidden. */
    private void apply() {
        double[] positions = split.getDividerPositions();
        int at = 0;
        if (split.getItems().contains(left) && positions.length > at) {
            listPosition = positions[at++];
        }
        if (split.getItems().contains(right) && positions.length > at) {
            detailsPosition = positions[at];
        }
        split.getItems().clear();
        if (showList.get()) {
            split.getItems().add(left);
        }
        split.getItems().add(centre);
        if (showDetails.get()) {
            split.getItems().add(right);
        }
        if (showList.get() && showDetails.get()) {
            split.setDividerPositions(listPosition, detailsPosition);
        } else if (showList.get()) {
            split.setDividerPositions(listPosition);
        } else if (showDetails.get()) {
            split.setDividerPositions(detailsPosition);
        }
    }
}

package org.zgcparks.explorer.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The side panels around the map: each keeps its width while the window is resized (the map takes the change),
 * but never more than a share of the window, so a small window (1000 × 700) still leaves the map half of it; and
 * each can be hidden (View › Show list, Show details), the map taking its room.
 */
final class PanelLayout {

    /** The largest share of the window's width the list and the details may take. */
    static final double LIST_SHARE = 0.24, DETAILS_SHARE = 0.28;
    static final double LIST_MIN = 160, DETAILS_MIN = 200;

    private final SplitPane split;
    private final Region left;
    private final Node centre;
    private final Region right;
    private final BooleanProperty showList = new SimpleBooleanProperty(true);
    private final BooleanProperty showDetails = new SimpleBooleanProperty(true);
    private double listPosition, detailsPosition;

    PanelLayout(SplitPane split, Region left, Node centre, Region right, double listPosition, double detailsPosition) {
        this.split = split;
        this.left = left;
        this.centre = centre;
        this.right = right;
        this.listPosition = listPosition;
        this.detailsPosition = detailsPosition;
        left.setMinWidth(LIST_MIN);
        right.setMinWidth(DETAILS_MIN);
        // capped only once the window has a width: a cap of 0 before then would squeeze the panels at start-up
        split.widthProperty().addListener((obs, o, w) -> {
            if (w.doubleValue() > 0) {
                left.setMaxWidth(Math.max(LIST_MIN, w.doubleValue() * LIST_SHARE));
                right.setMaxWidth(Math.max(DETAILS_MIN, w.doubleValue() * DETAILS_SHARE));
            }
        });
        showList.addListener((obs, o, on) -> apply());
        showDetails.addListener((obs, o, on) -> apply());
    }

    BooleanProperty showListProperty() {
        return showList;
    }

    BooleanProperty showDetailsProperty() {
        return showDetails;
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

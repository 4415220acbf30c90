package org.zgcparks.explorer.view.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Group;
import javafx.scene.control.Label;

/**
 * The clusters of markers the park layer draws at low zoom: markers that would pile up on screen are drawn as one
 * round symbol with their count (class {@code park-cluster}, id {@code park-cluster-<first park's id>}); a click on
 * it zooms in to its parks (the map view does that). Selected and hovered parks are never clustered.
 */
final class MarkerClusters {

    /** Markers closer than this (pixels) are clustered: a marker symbol is about 15 px across. */
    static final double DISTANCE = 18;
    /** From this zoom on, markers are never clustered (they are then far enough apart to be told apart anyway). */
    static final double MAX_ZOOM = 14;

    private final Group group;
    private final Map<String, Label> nodes = new HashMap<>();
    private final Map<String, Declutter.Cluster> shown = new LinkedHashMap<>();
    private final Set<String> clustered = new HashSet<>();

    MarkerClusters(Group group) {
        this.group = group;
    }

    /** Clusters the markers (in the layer's drawing order) for this zoom; {@code dimmed} tells parks outside the filter. */
    void update(double zoom, List<Declutter.Marker> markers, Predicate<String> dimmed) {
        List<Declutter.Cluster> clusters = zoom >= MAX_ZOOM ? List.of() : Declutter.cluster(markers, DISTANCE);
        shown.clear();
        clustered.clear();
        for (Declutter.Cluster c : clusters) {
            String key = c.ids().get(0);
            shown.put(key, c);
            clustered.addAll(c.ids());
            Label node = nodes.computeIfAbsent(key, this::newNode);
            String count = Integer.toString(c.ids().size());
            if (node.getParent() != group || !count.equals(node.getText())) {
                node.setText(count);
                if (node.getParent() != group) {
                    group.getChildren().add(node);
                }
                node.applyCss(); // this frame's CSS pass is over: style it before it is measured and drawn
            }
            double w = Math.max(node.prefWidth(-1), node.prefHeight(-1));
            node.resizeRelocate(Math.round(c.x() - w / 2), Math.round(c.y() - w / 2), w, w);
            node.setOpacity(c.ids().stream().allMatch(dimmed) ? ParkLayer.DIMMED_OPACITY : 1);
            node.setVisible(true);
        }
        group.getChildren().forEach(n -> n.setVisible(shown.containsKey(n.getId().substring("park-cluster-".length()))));
    }

    /** Forgets every cluster (the parks were replaced). */
    void clear() {
        nodes.clear();
        shown.clear();
        clustered.clear();
        group.getChildren().clear();
    }

    private Label newNode(String firstId) {
        Label node = new Label();
        node.setId("park-cluster-" + firstId);
        node.getStyleClass().add("park-cluster");
        node.setManaged(false);
        return node;
    }

    /** Whether the park's marker is drawn inside a cluster. */
    boolean isClustered(String parkId) {
        return clustered.contains(parkId);
    }

    /** The parks of the cluster drawn at (x, y), if any. */
    Optional<List<String>> at(double x, double y) {
        for (Declutter.Cluster c : shown.values()) {
            Label node = nodes.get(c.ids().get(0));
            if (node.getBoundsInParent().contains(x, y)) {
                return Optional.of(c.ids());
            }
        }
        return Optional.empty();
    }

    /** The clusters' boxes on screen (by their first park's id), which labels must not cover. */
    Map<String, Declutter.Box> boxes() {
        Map<String, Declutter.Box> out = new HashMap<>();
        for (Declutter.Cluster c : shown.values()) {
            Label node = nodes.get(c.ids().get(0));
            out.put(Declutter.CLUSTER + c.ids().get(0), new Declutter.Box(node.getLayoutX(), node.getLayoutY(),
                    node.getWidth(), node.getHeight()));
        }
        return out;
    }

    /** How many clusters are drawn, and the parks of each (for tests). */
    List<List<String>> shownClusters() {
        return shown.values().stream().map(Declutter.Cluster::ids).toList();
    }
}

package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;

/**
 * Draws the parks on the map: a filled, semi-transparent outline per part where a park has one, otherwise a
 * marker whose shape tells its kind ({@link KindSymbols}), markers that would pile up as one cluster with a count
 * ({@link MarkerClusters}), and labels placed where they overlap nothing more important ({@link Declutter}).
 * Styling is in CSS (classes {@code park-shape}, {@code park-marker}, {@code park-label}, {@code park-cluster},
 * {@code kind-*}; pseudo-classes {@code :selected}, {@code :hovered}). The layer ignores the mouse: the map view
 * does hit-testing. What it shows is told by {@link #show} and drawn at the next layout.
 */
public final class ParkLayer extends MapLayer {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HOVERED = PseudoClass.getPseudoClass("hovered");
    /** Opacity of parks outside the filter: a node property, as a pseudo-class would restyle thousands of nodes. */
    static final double DIMMED_OPACITY = 0.2;

    private static final double MARKER_RADIUS = 6;
    /** The free space kept around each label, in pixels. */
    private static final double LABEL_MARGIN = 3;

    private final Locale locale;
    private final DoubleSupplier zoom;
    private final Group shapes = new Group();
    private final Group markers = new Group();
    private final Group labels = new Group();
    private final Group clusterMarks = new Group();
    private final Map<String, ParkGraphic> graphics = new LinkedHashMap<>();
    /** What to show, as last told by {@link #show}; drawn at the next layout. */
    private String selectedId;
    private Set<String> matching;
    private boolean hideNonMatching;
    /** The selection as last drawn (its nodes carry {@code :selected}). */
    private String styledSelectedId;
    private boolean restyleDue;
    private String hoveredId;
    private final MarkerClusters clusters;
    /** The view transform of the last projection: where a reference point fell, and the zoom. */
    private double lastRefX = Double.NaN, lastRefY = Double.NaN, lastZoom = Double.NaN;
    private static final GeoPoint REFERENCE = new GeoPoint(40, 116);
    private Runnable onViewChanged = () -> { };
    /** Areas of the map that labels keep clear of (the legend over it), in this layer's coordinates. */
    private Supplier<List<Declutter.Box>> reserved = List::of;
    private int restyles;

    public ParkLayer(Locale locale, DoubleSupplier zoom) {
        this.locale = locale;
        this.zoom = zoom;
        getStyleClass().add("park-layer");
        getChildren().addAll(shapes, markers, clusterMarks, labels);
        clusters = new MarkerClusters(clusterMarks);
        setMouseTransparent(true);
    }

    /** Replaces the parks drawn. Larger outlines are drawn first so that smaller ones stay visible on top. */
    public void setParks(List<Park> parks) {
        graphics.clear();
        shapes.getChildren().clear();
        markers.getChildren().clear();
        labels.getChildren().clear();
        clusters.clear();
        parks.stream().map(p -> new ParkGraphic(p, locale, MARKER_RADIUS))
                .sorted((a, b) -> Double.compare(b.areaKm2, a.areaKm2))
                .forEach(g -> {
                    graphics.put(g.park.id(), g);
                    shapes.getChildren().addAll(g.parts);
                    if (g.marker != null) {
                        markers.getChildren().add(g.marker);
                    }
                });
        selectedId = null;
        styledSelectedId = null;
        hoveredId = null;
        matching = null;
        lastZoom = Double.NaN;
        restyleDue = true;
        markDirty();
    }

    /**
     * What the layer shows: the parks that pass the filter ({@code matchingIds}; {@code null}: all do), the selected
     * park ({@code null}: none), and whether the others are hidden ({@code hide}) rather than dimmed. The selected
     * park is never hidden or dimmed, even outside the filter. The parks are restyled once, at the next layout
     * (Gluon Maps' {@link MapLayer} contract: {@code markDirty()}, then one {@code layoutLayer()}); telling the same
     * state again restyles nothing.
     */
    public void show(Set<String> matchingIds, String selectedParkId, boolean hide) {
        if (restyleDue || !Objects.equals(matchingIds, matching) || !Objects.equals(selectedParkId, selectedId)
                || hide != hideNonMatching) {
            matching = matchingIds == null ? null : Set.copyOf(matchingIds);
            selectedId = selectedParkId;
            hideNonMatching = hide;
            restyleDue = true;
            markDirty();
        }
    }

    /** Whether a park fails the current filter. */
    public boolean isFilteredOut(String parkId) {
        return matching != null && !matching.contains(parkId);
    }

    /** Whether a park is drawn: it passes the filter, the others are only dimmed, or it is the selected park. */
    public boolean isDrawn(String parkId) {
        return graphics.containsKey(parkId)
                && (!isFilteredOut(parkId) || !hideNonMatching || parkId.equals(selectedId));
    }

    /** Whether a park is dimmed: it fails the filter and is not the selected park. */
    private boolean isDimmed(String parkId) {
        return isFilteredOut(parkId) && !parkId.equals(selectedId);
    }

    /** Whether a park can be clicked or hovered on its own: drawn, and not inside a cluster of markers. */
    public boolean isClickable(String parkId) {
        return isDrawn(parkId) && !clusters.isClustered(parkId);
    }

    /** How many times the layer has restyled every park (dimmed, hidden or shown them) since it was made. */
    public int restyles() {
        return restyles;
    }

    /** The one pass over every park after a change of {@link #show}: selection, dimming and hiding. */
    private void restyle() {
        restyleDue = false;
        restyles++;
        styledSelectedId = changeState(styledSelectedId, selectedId, SELECTED);
        for (ParkGraphic g : graphics.values()) {
            String id = g.park.id();
            g.show(isDimmed(id) ? DIMMED_OPACITY : 1, isDrawn(id));
        }
    }

    public void setHovered(String parkId) {
        hoveredId = changeState(hoveredId, parkId, HOVERED);
        markDirty();
    }

    private String changeState(String oldId, String newId, PseudoClass state) {
        if (oldId != null && graphics.containsKey(oldId)) {
            graphics.get(oldId).setState(state, false);
        }
        if (newId != null && graphics.containsKey(newId)) {
            graphics.get(newId).setState(state, true);
        }
        return newId;
    }

    /**
     * Re-projects on every zoom: MapView lays its layers out again only when the centre moves, so a zoom about the
     * centre ({@code +}, {@code -}) left the outlines at the old scale until the next drag.
     */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener((obs, old, z) -> markDirty());
    }

    /** Labels keep clear of these areas (in this layer's coordinates); call {@link #refresh} when they change. */
    void setReserved(Supplier<List<Declutter.Box>> areas) {
        reserved = areas;
        refresh();
    }

    /** Places the labels again at the next layout. */
    void refresh() {
        markDirty();
    }

    /** Runs after every layout in which the view moved or zoomed. */
    void setOnViewChanged(Runnable action) {
        onViewChanged = action;
    }

    /** How many parks the layer draws. */
    public int parkCount() {
        return graphics.size();
    }

    /** Where a position is in this layer's coordinates (those of the map view). */
    public Point2D toLayer(GeoPoint p) {
        return getMapPoint(p.lat(), p.lon());
    }

    /**
     * The parks whose shown label covers the point ({@code x}, {@code y}) of this layer: a label is drawn on top of
     * everything, so the user clicking it means its park (E-Town's label lies over the markers of places inside it).
     */
    public List<String> labelsAt(double x, double y) {
        List<String> ids = new ArrayList<>();
        for (Node node : labels.getChildren()) {
            if (node.isVisible() && node.getBoundsInParent().contains(x, y) && node.getId() != null) {
                ids.add(node.getId().substring("park-label-".length()));
            }
        }
        return ids;
    }

    /** Whether the park's label is currently shown (see {@link #declutter}). */
    public boolean isLabelShown(String parkId) {
        ParkGraphic g = graphics.get(parkId);
        return g != null && g.label.getParent() == labels && g.label.isVisible();
    }

    @Override
    protected void layoutLayer() {
        if (restyleDue) {
            restyle();
        }
        double z = zoom.getAsDouble();
        Point2D ref = toLayer(REFERENCE);
        if (ref.getX() != lastRefX || ref.getY() != lastRefY || z != lastZoom) {
            project();
            lastRefX = ref.getX();
            lastRefY = ref.getY();
            lastZoom = z;
            onViewChanged.run();
        }
        declutter(z);
    }

    /** Re-projects every outline and marker: only when the view moved or zoomed, not on state changes. */
    private void project() {
        for (ParkGraphic g : graphics.values()) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < g.parts.size(); i++) {
                List<GeoPoint> pts = g.park.outline().get().parts().get(i).points();
                Double[] xy = new Double[(pts.size() - 1) * 2];
                for (int k = 0; k < pts.size() - 1; k++) {
                    Point2D p = toLayer(pts.get(k));
                    xy[2 * k] = p.getX();
                    xy[2 * k + 1] = p.getY();
                    minX = Math.min(minX, p.getX());
                    maxX = Math.max(maxX, p.getX());
                    minY = Math.min(minY, p.getY());
                    maxY = Math.max(maxY, p.getY());
                }
                g.parts.get(i).getPoints().setAll(xy);
            }
            g.shapeBox = g.parts.isEmpty() ? null : new Declutter.Box(minX, minY, maxX - minX, maxY - minY);
            Point2D anchor = toLayer(g.park.centre());
            g.anchorX = anchor.getX();
            g.anchorY = anchor.getY();
            if (g.marker != null) {
                g.marker.setLayoutX(g.anchorX); // markers are drawn about (0, 0)
                g.marker.setLayoutY(g.anchorY);
            }
        }
    }

    /**
     * Clusters the markers that would pile up ({@link MarkerClusters}), then places the labels that are wanted at
     * this zoom and pass the filter, each where it overlaps no other label, marker or cluster ({@link Declutter}).
     * Every node in the scene costs time in each frame, and with thousands of parks most labels are never shown: a
     * label joins the scene the first time it is shown and is then only made visible or invisible.
     */
    private void declutter(double z) {
        List<Declutter.Marker> marks = new ArrayList<>();
        for (ParkGraphic g : graphics.values()) {
            if (g.marker != null && isDrawn(g.park.id())) {
                boolean pinned = g.park.id().equals(selectedId) || g.park.id().equals(hoveredId);
                marks.add(new Declutter.Marker(g.park.id(), g.anchorX, g.anchorY, pinned));
            }
        }
        clusters.update(z, marks, this::isDimmed);
        Map<String, Declutter.Box> obstacles = new HashMap<>(clusters.boxes());
        List<Declutter.Box> areas = reserved.get();
        for (int i = 0; i < areas.size(); i++) {
            obstacles.put(Declutter.RESERVED + i, areas.get(i));
        }
        List<Declutter.Label> candidates = new ArrayList<>();
        for (ParkGraphic g : graphics.values()) {
            String id = g.park.id();
            if (g.marker != null) {
                boolean single = isDrawn(id) && !clusters.isClustered(id);
                g.marker.setVisible(single);
                if (single) {
                    double r = MARKER_RADIUS + 1;
                    obstacles.put(id, new Declutter.Box(g.anchorX - r, g.anchorY - r, 2 * r, 2 * r));
                }
            }
            boolean focus = id.equals(selectedId) || id.equals(hoveredId);
            if (!focus && (!LabelRules.wanted(g.park.kind(), z) || isFilteredOut(id) || clusters.isClustered(id))) {
                continue;
            }
            if (g.labelWidth < 0) {
                measure(g);
            }
            double priority = (focus ? 1_000_000 : 0) + LabelRules.priority(g.park.kind(), g.areaKm2);
            candidates.add(new Declutter.Label(id, g.anchorX, g.anchorY, g.labelWidth, g.labelHeight,
                    g.marker != null ? MARKER_RADIUS : 0, g.shapeBox, priority, focus));
        }
        // labels stay inside the map (the layer's parent, whose coordinates it shares)
        Declutter.Box view = getParent() == null ? null : new Declutter.Box(0, 0,
                getParent().getLayoutBounds().getWidth(), getParent().getLayoutBounds().getHeight());
        Map<String, Declutter.Box> shown = Declutter.placeLabels(candidates, obstacles, LABEL_MARGIN, view);
        Set<Node> placed = new HashSet<>();
        shown.forEach((id, box) -> {
            Label label = graphics.get(id).label;
            if (label.getParent() != labels) {
                labels.getChildren().add(label);
                label.applyCss(); // this frame's CSS pass is over: style it before it is drawn
            }
            label.resizeRelocate(box.x(), box.y(), box.width(), box.height());
            placed.add(label);
        });
        for (Node label : labels.getChildren()) {
            label.setVisible(placed.contains(label));
        }
    }

    /** The clusters of markers drawn, each as the ids of its parks. */
    public List<List<String>> clusters() {
        return clusters.shownClusters();
    }

    /** The parks of the cluster of markers drawn at the point ({@code x}, {@code y}) of this layer, if any. */
    public Optional<List<String>> clusterAt(double x, double y) {
        return clusters.at(x, y);
    }

    /** A label's size with its style applied; labels never change text, so each is measured once. */
    private void measure(ParkGraphic g) {
        boolean inScene = g.label.getParent() == labels;
        if (!inScene) {
            labels.getChildren().add(g.label);
        }
        g.label.applyCss();
        g.labelWidth = Math.ceil(g.label.prefWidth(-1));
        g.labelHeight = Math.ceil(g.label.prefHeight(g.labelWidth));
        if (!inScene) {
            labels.getChildren().remove(g.label);
        }
    }
}

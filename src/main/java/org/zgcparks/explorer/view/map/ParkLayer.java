package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.zgcparks.explorer.geo.LabelPlacer;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Ring;

/**
 * Draws the parks on the map: a filled, semi-transparent outline per part where a park has one, otherwise a
 * marker whose shape tells its kind ({@link KindSymbols}), and a label that is hidden when it would overlap a more
 * important one. Styling is in CSS (classes
 * {@code park-shape}, {@code park-marker}, {@code park-label}, {@code kind-*}; pseudo-classes
 * {@code :selected}, {@code :hovered}, {@code :dimmed}). The layer ignores the mouse: the map view does hit-testing.
 */
public final class ParkLayer extends MapLayer {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HOVERED = PseudoClass.getPseudoClass("hovered");
    /**
     * Opacity of parks that fail the filter. Set as a node property rather than a CSS pseudo-class: a
     * pseudo-class change restyles every affected node, which for thousands of parks costs several frames.
     */
    static final double DIMMED_OPACITY = 0.2;

    private static final double MARKER_RADIUS = 6;

    private final class Graphic {
        final Park park;
        final List<Polygon> parts = new ArrayList<>();
        final Shape marker;
        final Label label;
        final double areaKm2;
        /** Screen position of the park's centre, from the last projection. */
        double anchorX, anchorY;
        /** The label's measured size; labels never change text, so they are measured once. */
        double labelWidth = -1, labelHeight;

        Graphic(Park park) {
            this.park = park;
            String kindClass = "kind-" + park.kind().id();
            if (park.outline().isPresent()) {
                for (Ring ring : park.outline().get().parts()) {
                    Polygon polygon = new Polygon();
                    polygon.getStyleClass().addAll("park-shape", kindClass);
                    polygon.setId("park-shape-" + park.id() + (parts.isEmpty() ? "" : "-" + parts.size()));
                    parts.add(polygon);
                }
                marker = null;
                areaKm2 = Polygons.areaKm2(park.outline().get());
            } else {
                marker = KindSymbols.marker(park.kind(), MARKER_RADIUS);
                marker.setId("park-marker-" + park.id());
                areaKm2 = 0;
            }
            label = new Label(labelText(park, locale));
            label.getStyleClass().addAll("park-label", kindClass);
            label.setId("park-label-" + park.id());
            label.setManaged(false);
        }

        /** Dims or hides the park's outline or marker; setting a node's current value again costs nothing. */
        void show(double opacity, boolean visible) {
            parts.forEach(p -> {
                p.setOpacity(opacity);
                p.setVisible(visible);
            });
            if (marker != null) {
                marker.setOpacity(opacity);
                marker.setVisible(visible);
            }
        }

        void setState(PseudoClass state, boolean on) {
            parts.forEach(p -> p.pseudoClassStateChanged(state, on));
            if (marker != null) {
                marker.pseudoClassStateChanged(state, on);
            }
            label.pseudoClassStateChanged(state, on);
        }
    }

    private final Locale locale;
    private final DoubleSupplier zoom;
    private final Group shapes = new Group();
    private final Group markers = new Group();
    private final Group labels = new Group();
    private final Map<String, Graphic> graphics = new LinkedHashMap<>();
    private String selectedId;
    private String hoveredId;
    private java.util.Set<String> matching;
    private boolean hideNonMatching;
    /** The view transform of the last projection: where a reference point fell, and the zoom. */
    private double lastRefX = Double.NaN, lastRefY = Double.NaN, lastZoom = Double.NaN;
    private static final GeoPoint REFERENCE = new GeoPoint(40, 116);
    private Runnable onViewChanged = () -> { };

    public ParkLayer(Locale locale, DoubleSupplier zoom) {
        this.locale = locale;
        this.zoom = zoom;
        getStyleClass().add("park-layer");
        getChildren().addAll(shapes, markers, labels);
        setMouseTransparent(true);
    }

    /**
     * The short label of a park: its name without a trailing parenthesis, or the parenthesis alone when the
     * name before it is long ("Beijing Economic-Technological Development Area (E-Town)" is labelled "E-Town").
     */
    static String labelText(Park park, Locale locale) {
        String name = park.names().in(locale);
        int open = name.indexOf(" (");
        int width = 1;
        if (open < 0) {
            open = name.indexOf('（');
            width = 0;
        }
        if (open <= 0 || !(name.endsWith(")") || name.endsWith("）"))) {
            return name;
        }
        String before = name.substring(0, open);
        String inside = name.substring(open + width + 1, name.length() - 1);
        return before.length() > 32 && !inside.isBlank() ? inside : before;
    }

    /** Replaces the parks drawn. Larger outlines are drawn first so that smaller ones stay visible on top. */
    public void setParks(List<Park> parks) {
        graphics.clear();
        shapes.getChildren().clear();
        markers.getChildren().clear();
        labels.getChildren().clear();
        parks.stream().map(Graphic::new)
                .sorted((a, b) -> Double.compare(b.areaKm2, a.areaKm2))
                .forEach(g -> {
                    graphics.put(g.park.id(), g);
                    shapes.getChildren().addAll(g.parts);
                    if (g.marker != null) {
                        markers.getChildren().add(g.marker);
                    }
                });
        selectedId = null;
        hoveredId = null;
        lastZoom = Double.NaN;
        markDirty();
    }

    /**
     * Marks the parks that pass the filter ({@code null}: all do). The others are dimmed, or hidden if
     * {@code hide}; the selected park is never hidden.
     */
    public void setMatching(java.util.Set<String> matchingIds, boolean hide) {
        this.matching = matchingIds;
        this.hideNonMatching = hide;
        for (Graphic g : graphics.values()) {
            boolean off = isFilteredOut(g.park.id());
            boolean selected = off && g.park.id().equals(selectedId);
            g.show(off && !hide && !selected ? DIMMED_OPACITY : 1, !(off && hide) || selected);
        }
        markDirty();
    }

    /** Whether a park fails the current filter. */
    public boolean isFilteredOut(String parkId) {
        return matching != null && !matching.contains(parkId);
    }

    /** Whether a park is drawn (not hidden by the filter). */
    public boolean isDrawn(String parkId) {
        Graphic g = graphics.get(parkId);
        return g != null && (g.marker != null ? g.marker.isVisible() : g.parts.get(0).isVisible());
    }

    public void setSelected(String parkId) {
        selectedId = changeState(selectedId, parkId, SELECTED);
        setMatching(matching, hideNonMatching);
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

    /** Whether the park's label is currently shown (see {@link #placeLabels}). */
    public boolean isLabelShown(String parkId) {
        Graphic g = graphics.get(parkId);
        return g != null && g.label.getParent() == labels && g.label.isVisible();
    }

    @Override
    protected void layoutLayer() {
        double z = zoom.getAsDouble();
        Point2D ref = toLayer(REFERENCE);
        if (ref.getX() != lastRefX || ref.getY() != lastRefY || z != lastZoom) {
            project();
            lastRefX = ref.getX();
            lastRefY = ref.getY();
            lastZoom = z;
            onViewChanged.run();
        }
        placeLabels(z);
    }

    /** Re-projects every outline and marker: only when the view moved or zoomed, not on state changes. */
    private void project() {
        for (Graphic g : graphics.values()) {
            for (int i = 0; i < g.parts.size(); i++) {
                List<GeoPoint> pts = g.park.outline().get().parts().get(i).points();
                Double[] xy = new Double[(pts.size() - 1) * 2];
                for (int k = 0; k < pts.size() - 1; k++) {
                    Point2D p = toLayer(pts.get(k));
                    xy[2 * k] = p.getX();
                    xy[2 * k + 1] = p.getY();
                }
                g.parts.get(i).getPoints().setAll(xy);
            }
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
     * Places the labels that are wanted at this zoom and pass the filter, dropping those that would overlap a more
     * important one. Every node in the scene costs time in each frame, and with thousands of parks most labels are
     * never shown: a label joins the scene the first time it is shown and is then only made visible or invisible.
     */
    private void placeLabels(double z) {
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (Graphic g : graphics.values()) {
            boolean focus = g.park.id().equals(selectedId) || g.park.id().equals(hoveredId);
            if (!focus && (!labelWanted(g.park.kind(), z) || isFilteredOut(g.park.id()))) {
                continue;
            }
            if (g.labelWidth < 0) {
                measure(g);
            }
            double x = Math.round(g.anchorX - g.labelWidth / 2);
            double y = Math.round(g.marker != null ? g.anchorY + MARKER_RADIUS + 2 : g.anchorY - g.labelHeight / 2);
            double priority = (focus ? 1_000_000 : 0) + kindPriority(g.park.kind()) * 10_000 + Math.min(g.areaKm2, 9_999);
            candidates.add(new LabelPlacer.Candidate(g.park.id(), x, y, g.labelWidth, g.labelHeight, priority));
        }
        Set<String> shown = LabelPlacer.place(candidates, 4);
        Set<Node> placed = new java.util.HashSet<>();
        for (LabelPlacer.Candidate c : candidates) {
            if (shown.contains(c.id())) {
                Label label = graphics.get(c.id()).label;
                if (label.getParent() != labels) {
                    labels.getChildren().add(label);
                    label.applyCss(); // this frame's CSS pass is over: style it before it is drawn
                }
                label.resizeRelocate(c.x(), c.y(), c.width(), c.height());
                placed.add(label);
            }
        }
        for (Node label : labels.getChildren()) {
            label.setVisible(placed.contains(label));
        }
    }

    /** A label's size with its style applied; labels never change text, so each is measured once. */
    private void measure(Graphic g) {
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

    /** At low zoom only the big parks are labelled; small places get labels as the user zooms in. */
    static boolean labelWanted(ParkKind kind, double zoom) {
        return switch (kind) {
            case DEVELOPMENT_ZONE, SUB_PARK -> true;
            case SCIENCE_CITY, CLUSTER -> zoom >= 11;
            default -> zoom >= 13;
        };
    }

    private static int kindPriority(ParkKind kind) {
        return switch (kind) {
            case DEVELOPMENT_ZONE -> 9;
            case SUB_PARK -> 8;
            case SCIENCE_CITY -> 7;
            case CLUSTER -> 6;
            case STREET -> 5;
            default -> 4;
        };
    }
}

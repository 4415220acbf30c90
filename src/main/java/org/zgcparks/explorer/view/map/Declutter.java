package org.zgcparks.explorer.view.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * The map's declutter rules, as a cartographer would set them, in screen pixels: markers that would pile up are
 * drawn as one cluster with a count; labels are placed in priority order (the caller ranks them by kind and size),
 * each at the first of a few positions around its park where its box overlaps no label already placed, no marker
 * and no cluster, and dropped only when none is free.
 * <p>
 * Written by hand rather than taken from a library: the Java map libraries at hand (Gluon Maps, JTS) offer no
 * label placement or marker clustering, and the map has at most a few thousand features, for which these greedy
 * rules (the ones map renderers use) run in well under a frame with the grid below.
 */
final class Declutter {

    /** A box on screen. */
    record Box(double x, double y, double width, double height) {

        boolean overlaps(Box o, double margin) {
            return x - margin < o.x + o.width && o.x - margin < x + width
                    && y - margin < o.y + o.height && o.y - margin < y + height;
        }

        Box around(double cx, double cy) {
            return new Box(cx - width / 2, cy - height / 2, width, height);
        }
    }

    /** A marker at (x, y); a pinned one (selected, hovered) is never clustered. */
    record Marker(String id, double x, double y, boolean pinned) {
    }

    /** Markers drawn as one symbol at (x, y), the mean of their positions. */
    record Cluster(List<String> ids, double x, double y) {
    }

    /**
     * A label to place for the park anchored at (anchorX, anchorY): {@code gap} is how far from the anchor the label
     * keeps (a marker's radius; 0 for an outline, whose label sits on its centre first); {@code shape} is the box of
     * the park's outline on screen ({@code null} for a marker). Higher priority first; a label that {@code mustShow}
     * (the selected or hovered park's) takes its first position when no position is free.
     */
    record Label(String id, double anchorX, double anchorY, double width, double height, double gap, Box shape,
                 double priority, boolean mustShow) {
    }

    private Declutter() {
    }

    /**
     * Groups the markers closer than {@code distance} pixels to a marker not yet grouped (taken in the given order),
     * into clusters of two or more; the others stay single and are not returned.
     */
    static List<Cluster> cluster(List<Marker> markers, double distance) {
        Grid<Marker> grid = new Grid<>(distance);
        for (Marker m : markers) {
            if (!m.pinned()) {
                grid.add(m, new Box(m.x(), m.y(), 0, 0));
            }
        }
        Map<String, Boolean> taken = new HashMap<>();
        Map<Marker, Integer> order = new HashMap<>();
        for (int i = 0; i < markers.size(); i++) {
            order.put(markers.get(i), i);
        }
        List<Cluster> out = new ArrayList<>();
        for (Marker m : markers) {
            if (m.pinned() || taken.containsKey(m.id())) {
                continue;
            }
            List<Marker> near = new ArrayList<>();
            for (Marker o : grid.near(new Box(m.x() - distance, m.y() - distance, 2 * distance, 2 * distance))) {
                if (!taken.containsKey(o.id()) && Math.hypot(o.x() - m.x(), o.y() - m.y()) < distance) {
                    near.add(o);
                }
            }
            if (near.size() < 2) {
                continue;
            }
            near.sort(Comparator.comparingInt(order::get));
            near.forEach(o -> taken.put(o.id(), true));
            double x = near.stream().mapToDouble(Marker::x).average().orElseThrow();
            double y = near.stream().mapToDouble(Marker::y).average().orElseThrow();
            out.add(new Cluster(near.stream().map(Marker::id).toList(), x, y));
        }
        return merged(out, distance);
    }

    /**
     * Clusters whose discs would still touch (centres closer than 1.5 × {@code distance}: a disc is wider than a
     * marker) are merged, until none do.
     */
    private static List<Cluster> merged(List<Cluster> clusters, double distance) {
        List<Cluster> out = new ArrayList<>(clusters);
        boolean again = true;
        while (again) { // each pass merges every pair it meets; a merged disc moves, so pass again until none touch
            again = false;
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Cluster a = out.get(i), b = out.get(j);
                    if (Math.hypot(a.x() - b.x(), a.y() - b.y()) < 1.5 * distance) {
                        List<String> ids = new ArrayList<>(a.ids());
                        ids.addAll(b.ids());
                        int na = a.ids().size(), nb = b.ids().size();
                        out.set(i, new Cluster(List.copyOf(ids), (a.x() * na + b.x() * nb) / (na + nb),
                                (a.y() * na + b.y() * nb) / (na + nb)));
                        out.remove(j--);
                        again = true;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where each label goes (by id), in the order of priority: the first free position of its candidates (see
     * {@link #positions}); a label with no free position is left out. {@code obstacles} are the boxes of markers (by
     * park id) and clusters (keys starting with {@link #CLUSTER}): a label covers no cluster, and another park's
     * marker only when it has no room otherwise; {@code margin} is the free space kept around labels.
     */
    static Map<String, Box> placeLabels(List<Label> labels, Map<String, Box> obstacles, double margin) {
        return placeLabels(labels, obstacles, margin, null);
    }

    /** The same, keeping the labels inside {@code view} (a label cut by the edge of the map is not placed there). */
    static Map<String, Box> placeLabels(List<Label> labels, Map<String, Box> obstacles, double margin, Box view) {
        List<Label> ordered = new ArrayList<>(labels);
        ordered.sort(Comparator.comparingDouble(Label::priority).reversed().thenComparing(Label::id));
        Grid<Taken> taken = new Grid<>(64);
        obstacles.forEach((id, box) -> taken.add(new Taken(id, box, false,
                id.startsWith(CLUSTER) || id.startsWith(RESERVED)), box));
        Map<String, Box> placed = new LinkedHashMap<>();
        for (Label l : ordered) {
            Box box = firstFree(l, taken, margin, view, false);
            if (box == null) {
                // no room clear of markers: a label may cover another park's marker, never a label or a cluster
                box = firstFree(l, taken, margin, view, true);
            }
            if (box == null && l.mustShow()) {
                box = positions(l).get(0);
            }
            if (box != null) {
                placed.put(l.id(), box);
                taken.add(new Taken(l.id(), box, true, false), box);
            }
        }
        return placed;
    }

    /** The first of the label's positions inside the view that overlaps nothing taken (or no label and no cluster). */
    private static Box firstFree(Label l, Grid<Taken> taken, double margin, Box view, boolean overMarkers) {
        for (Box box : positions(l)) {
            if (view != null && (box.x() < view.x() || box.y() < view.y()
                    || box.x() + box.width() > view.x() + view.width() || box.y() + box.height() > view.y() + view.height())) {
                continue;
            }
            Box grown = new Box(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
            boolean free = !taken.any(grown, t -> {
                boolean ignored = !t.label() && !t.cluster() && (overMarkers || t.id().equals(l.id()));
                return !ignored && box.overlaps(t.box(), t.label() ? margin : 1);
            });
            if (free) {
                return box;
            }
        }
        return null;
    }

    /** The key prefix of a cluster among the obstacles (the others are markers, by their park's id). */
    static final String CLUSTER = "cluster:";
    /** The key prefix of an area no label may cover (the legend), as a cluster. */
    static final String RESERVED = "reserved:";

    /** A box already on the map: a placed label, a cluster, or a marker (by the id of its park). */
    private record Taken(String id, Box box, boolean label, boolean cluster) {
    }

    /**
     * The positions tried for a label, best first, rounded to whole pixels: a marker's label below it, then right,
     * above and left of it, then at its corners; an outline's label on its centre, then just below and above the
     * centre, then below, above, right and left of the outline, then at the corners of its centre, then a line or
     * two below or above it.
     */
    static List<Box> positions(Label l) {
        double w = l.width(), h = l.height(), ax = l.anchorX(), ay = l.anchorY();
        double g = l.gap() > 0 ? l.gap() + 2 : 0;
        List<Box> out = new ArrayList<>(24);
        if (g == 0) {
            out.add(box(ax - w / 2, ay - h / 2, w, h));
            out.add(box(ax - w / 2, ay + h / 2 + 1, w, h));
            out.add(box(ax - w / 2, ay - 1.5 * h - 1, w, h));
            Box shape = l.shape();
            if (shape != null) {
                out.add(box(ax - w / 2, shape.y() + shape.height() + 2, w, h));
                out.add(box(ax - w / 2, shape.y() - h - 2, w, h));
                out.add(box(shape.x() + shape.width() + 3, ay - h / 2, w, h));
                out.add(box(shape.x() - w - 3, ay - h / 2, w, h));
            }
            out.add(box(ax + 4, ay + 2, w, h));
            out.add(box(ax + 4, ay - h - 2, w, h));
            out.add(box(ax - w - 4, ay + 2, w, h));
            out.add(box(ax - w - 4, ay - h - 2, w, h));
            // then a line or two further below or above, centred or shifted half a label sideways
            for (int line : new int[] {1, -1, 2, -2}) {
                for (int side : new int[] {0, 1, -1}) {
                    out.add(box(ax - w / 2 + side * (w / 2 + 4), ay - h / 2 + line * (h + 3), w, h));
                }
            }
        } else {
            out.add(box(ax - w / 2, ay + g, w, h));
            out.add(box(ax + g, ay - h / 2, w, h));
            out.add(box(ax - w / 2, ay - g - h, w, h));
            out.add(box(ax - g - w, ay - h / 2, w, h));
            out.add(box(ax + g, ay + g / 2, w, h));
            out.add(box(ax + g, ay - g / 2 - h, w, h));
            out.add(box(ax - g - w, ay + g / 2, w, h));
            out.add(box(ax - g - w, ay - g / 2 - h, w, h));
        }
        return out;
    }

    private static Box box(double x, double y, double w, double h) {
        return new Box(Math.round(x), Math.round(y), w, h);
    }

    /** A uniform grid of boxes, so that each test for overlap looks only at the boxes nearby. */
    private static final class Grid<T> {
        private final double cell;
        private final Map<Long, List<T>> cells = new HashMap<>();

        Grid(double cell) {
            this.cell = Math.max(1, cell);
        }

        void add(T item, Box b) {
            forCells(b, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(item));
        }

        /** Whether any item whose cells meet the box's passes the test (an item may be tested more than once). */
        boolean any(Box b, Predicate<T> test) {
            long x0 = (long) Math.floor(b.x() / cell), x1 = (long) Math.floor((b.x() + b.width()) / cell);
            long y0 = (long) Math.floor(b.y() / cell), y1 = (long) Math.floor((b.y() + b.height()) / cell);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    List<T> items = cells.get(x * 1_000_003L + y);
                    if (items != null) {
                        for (T item : items) {
                            if (test.test(item)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /** The items whose cells meet the box's (each once; a superset of those overlapping it). */
        Collection<T> near(Box b) {
            Set<T> out = new LinkedHashSet<>();
            forCells(b, key -> out.addAll(cells.getOrDefault(key, List.of())));
            return out;
        }

        private void forCells(Box b, LongConsumer action) {
            long x0 = (long) Math.floor(b.x() / cell), x1 = (long) Math.floor((b.x() + b.width()) / cell);
            long y0 = (long) Math.floor(b.y() / cell), y1 = (long) Math.floor((b.y() + b.height()) / cell);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    action.accept(x * 1_000_003L + y);
                }
            }
        }
    }
}

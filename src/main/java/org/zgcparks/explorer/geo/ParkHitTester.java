package org.zgcparks.explorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/**
 * Finds the park under a point of the map, in world-pixel space so that marker radii are in screen pixels.
 * Markers (parks without an outline) win over outlines, since they are drawn on top; among outlines that
 * contain the point the smallest wins, so a street inside a sub-park can be picked.
 */
public final class ParkHitTester {

    private record Shape(Park park, List<double[][]> rings, double areaKm2) {
    }

    private final List<Shape> outlines = new ArrayList<>();
    private final List<Park> markers = new ArrayList<>();

    public ParkHitTester(List<Park> parks) {
        for (Park park : parks) {
            if (park.outline().isPresent()) {
                List<double[][]> rings = new ArrayList<>();
                for (Ring ring : park.outline().get().parts()) {
                    double[] xs = new double[ring.points().size()];
                    double[] ys = new double[ring.points().size()];
                    for (int i = 0; i < xs.length; i++) {
                        GeoPoint p = ring.points().get(i);
                        xs[i] = WebMercator.normalizedX(p.lon());
                        ys[i] = WebMercator.normalizedY(p.lat());
                    }
                    rings.add(new double[][] {xs, ys});
                }
                outlines.add(new Shape(park, rings, Polygons.areaKm2(park.outline().get())));
            } else {
                markers.add(park);
            }
        }
    }

    /**
     * The park at the position, at the given zoom, with markers hit within {@code markerRadiusPx} pixels.
     */
    public Optional<Park> hit(GeoPoint position, double zoom, double markerRadiusPx) {
        return hit(position, zoom, markerRadiusPx, p -> true);
    }

    /** As {@link #hit(GeoPoint, double, double)}, considering only the parks {@code eligible} accepts (e.g. drawn ones). */
    public Optional<Park> hit(GeoPoint position, double zoom, double markerRadiusPx,
                              java.util.function.Predicate<Park> eligible) {
        double world = WebMercator.worldSize(zoom);
        double x = WebMercator.normalizedX(position.lon());
        double y = WebMercator.normalizedY(position.lat());
        Park best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Park m : markers) {
            double dx = (WebMercator.normalizedX(m.centre().lon()) - x) * world;
            double dy = (WebMercator.normalizedY(m.centre().lat()) - y) * world;
            double d = Math.hypot(dx, dy);
            if (d <= markerRadiusPx && d < bestDistance && eligible.test(m)) {
                best = m;
                bestDistance = d;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        Shape smallest = null;
        for (Shape s : outlines) {
            if (!eligible.test(s.park())) {
                continue;
            }
            for (double[][] ring : s.rings()) {
                if (Polygons.contains(ring[0], ring[1], x, y)) {
                    if (smallest == null || s.areaKm2() < smallest.areaKm2()) {
                        smallest = s;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(smallest).map(Shape::park);
    }
}

package org.zgcparks.explorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/**
 * Finds the park under a point of the map, in world-pixel space so that marker radii are in screen pixels.
 * Markers (parks without an outline) win over outlines, since they are drawn on top and stand for small places;
 * among outlines that contain the point the smallest wins, so a street inside a sub-park can be picked.
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
        return hits(position, zoom, markerRadiusPx, eligible).stream().findFirst();
    }

    /**
     * Every eligible park at the position, smallest first: the markers within {@code markerRadiusPx} pixels
     * (nearest first; a marker stands for a place smaller than any outline drawn), then the outlines that contain
     * the position, by area. The first is what a click selects; the others are what further clicks cycle to.
     */
    public List<Park> hits(GeoPoint position, double zoom, double markerRadiusPx,
                           java.util.function.Predicate<Park> eligible) {
        double world = WebMercator.worldSize(zoom);
        double x = WebMercator.normalizedX(position.lon());
        double y = WebMercator.normalizedY(position.lat());
        List<Park> nearMarkers = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        for (Park m : markers) {
            double d = Math.hypot((WebMercator.normalizedX(m.centre().lon()) - x) * world,
                    (WebMercator.normalizedY(m.centre().lat()) - y) * world);
            if (d <= markerRadiusPx && eligible.test(m)) {
                int at = 0;
                while (at < distances.size() && distances.get(at) <= d) {
                    at++;
                }
                nearMarkers.add(at, m);
                distances.add(at, d);
            }
        }
        List<Shape> containing = new ArrayList<>();
        for (Shape s : outlines) {
            if (eligible.test(s.park()) && s.rings().stream().anyMatch(r -> Polygons.contains(r[0], r[1], x, y))) {
                containing.add(s);
            }
        }
        containing.sort(java.util.Comparator.comparingDouble(Shape::areaKm2));
        List<Park> out = new ArrayList<>(nearMarkers);
        containing.forEach(s -> out.add(s.park()));
        return out;
    }
}

package org.zgcparks.explorer.geo;

import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Ring;

/** Plane geometry on rings of positions: containment, area, self-intersection. */
public final class Polygons {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** A crossing point this close to an edge (about 0.1 mm) lies on it; the computed point is rounded. */
    private static final double ON_EDGE_DEGREES = 1e-9;

    private Polygons() {
    }

    /**
     * Even-odd containment of ({@code x}, {@code y}) in the closed polygon given by parallel coordinate arrays
     * (the last vertex may or may not repeat the first). Works for concave polygons.
     */
    public static boolean contains(double[] xs, double[] ys, double x, double y) {
        boolean inside = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > y) != (ys[j] > y)) {
                double xCross = xs[j] + (y - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j]);
                if (x < xCross) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Whether the position lies in the ring (longitude as x, latitude as y). */
    public static boolean contains(Ring ring, GeoPoint p) {
        List<GeoPoint> pts = ring.points();
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = pts.get(i).lon();
            ys[i] = pts.get(i).lat();
        }
        return contains(xs, ys, p.lon(), p.lat());
    }

    /** Whether the position lies in any part of the outline. */
    public static boolean contains(Outline outline, GeoPoint p) {
        return outline.parts().stream().anyMatch(r -> contains(r, p));
    }

    /** Area of a ring in km², on a local equirectangular approximation (good to ~0.1% at park scale). */
    public static double areaKm2(Ring ring) {
        List<GeoPoint> pts = ring.points();
        if (pts.size() < 3) {
            return 0;
        }
        double lat0 = Math.toRadians(pts.stream().mapToDouble(GeoPoint::lat).average().orElse(0));
        double kx = Math.toRadians(1) * EARTH_RADIUS_KM * Math.cos(lat0);
        double ky = Math.toRadians(1) * EARTH_RADIUS_KM;
        double sum = 0;
        for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
            double xi = pts.get(i).lon() * kx, yi = pts.get(i).lat() * ky;
            double xj = pts.get(j).lon() * kx, yj = pts.get(j).lat() * ky;
            sum += xj * yi - xi * yj;
        }
        return Math.abs(sum) / 2;
    }

    public static double areaKm2(Outline outline) {
        return outline.parts().stream().mapToDouble(Polygons::areaKm2).sum();
    }

    /** Whether the ring's first and last points are the same position. */
    public static boolean isClosed(Ring ring) {
        List<GeoPoint> pts = ring.points();
        return pts.size() >= 2 && pts.get(0).equals(pts.get(pts.size() - 1));
    }

    /**
     * The index of an edge where the closed ring crosses or touches itself (the first edge through the point JTS
     * finds), or -1 if the ring is simple. Edge i runs from point i to point i+1. JTS's {@link IsSimpleOp} uses
     * monotone chains and an index, O(n log n), where comparing every edge with every other took hours on a ring
     * of a million points.
     */
    public static int firstSelfIntersection(Ring ring) {
        List<GeoPoint> p = ring.points();
        if (p.size() < 4) {
            return -1;
        }
        Coordinate[] cs = new Coordinate[p.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(p.get(i).lon(), p.get(i).lat());
        }
        LineString line = GEOMETRY.createLineString(cs);
        IsSimpleOp op = new IsSimpleOp(line);
        if (op.isSimple()) {
            return -1;
        }
        Coordinate at = op.getNonSimpleLocation();
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < cs.length; i++) {
            double d = Distance.pointToSegment(at, cs[i], cs[i + 1]);
            if (d <= ON_EDGE_DEGREES) {
                return i;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}

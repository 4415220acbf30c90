package org.zgcparks.explorer.geo;

import java.util.List;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Ring;

/** Plane geometry on rings of positions: containment, area, self-intersection. */
public final class Polygons {

    private static final double EARTH_RADIUS_KM = 6371.0088;

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
     * The index of the first edge that crosses a non-adjacent edge of the closed ring, or -1 if the ring is simple.
     * Edge i runs from point i to point i+1.
     */
    public static int firstSelfIntersection(Ring ring) {
        List<GeoPoint> p = ring.points();
        int edges = p.size() - 1;
        for (int i = 0; i < edges; i++) {
            for (int j = i + 1; j < edges; j++) {
                boolean adjacent = j == i + 1 || (i == 0 && j == edges - 1);
                if (!adjacent && segmentsIntersect(p.get(i), p.get(i + 1), p.get(j), p.get(j + 1))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean segmentsIntersect(GeoPoint a, GeoPoint b, GeoPoint c, GeoPoint d) {
        double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b))
                || (d3 == 0 && onSegment(a, b, c)) || (d4 == 0 && onSegment(a, b, d));
    }

    private static double cross(GeoPoint o, GeoPoint a, GeoPoint b) {
        return (a.lon() - o.lon()) * (b.lat() - o.lat()) - (a.lat() - o.lat()) * (b.lon() - o.lon());
    }

    private static boolean onSegment(GeoPoint a, GeoPoint b, GeoPoint p) {
        return Math.min(a.lon(), b.lon()) <= p.lon() && p.lon() <= Math.max(a.lon(), b.lon())
                && Math.min(a.lat(), b.lat()) <= p.lat() && p.lat() <= Math.max(a.lat(), b.lat());
    }
}

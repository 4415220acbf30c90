package org.zgcparks.explorer.geo;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Ring;

/**
 * Plane geometry on rings of positions: containment, area, self-intersection, done by JTS on the rings'
 * coordinates.
 */
public final class Polygons {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** A crossing point this close to an edge (about 0.1 mm) lies on it; the computed point is rounded. */
    private static final double ON_EDGE_DEGREES = 1e-9;

    private Polygons() {
    }

    /**
     * Whether the position lies in the ring (longitude as x, latitude as y), its edge included. Works for concave
     * rings; the last point may or may not repeat the first. JTS's ray-crossing count, on the ring's coordinates.
     */
    public static boolean contains(Ring ring, GeoPoint p) {
        return PointLocation.isInRing(new Coordinate(p.lon(), p.lat()), closed(coordinates(ring, Polygons::lonLat)));
    }

    /** Whether the position lies in any part of the outline. */
    public static boolean contains(Outline outline, GeoPoint p) {
        return outline.parts().stream().anyMatch(r -> contains(r, p));
    }

    /**
     * Area of a ring in km², on a local equirectangular approximation (good to ~0.1% at park scale): the ring is
     * scaled to kilometres about its mean latitude, and JTS measures the planar area.
     */
    public static double areaKm2(Ring ring) {
        List<GeoPoint> pts = ring.points();
        if (pts.size() < 3) {
            return 0;
        }
        double lat0 = Math.toRadians(pts.stream().mapToDouble(GeoPoint::lat).average().orElse(0));
        double kx = Math.toRadians(1) * EARTH_RADIUS_KM * Math.cos(lat0);
        double ky = Math.toRadians(1) * EARTH_RADIUS_KM;
        return Area.ofRing(closed(coordinates(ring, g -> new Coordinate(g.lon() * kx, g.lat() * ky))));
    }

    public static double areaKm2(Outline outline) {
        return outline.parts().stream().mapToDouble(Polygons::areaKm2).sum();
    }

    /** The ring's points as JTS coordinates, each made by {@code to}. */
    static Coordinate[] coordinates(Ring ring, Function<GeoPoint, Coordinate> to) {
        List<GeoPoint> pts = ring.points();
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = to.apply(pts.get(i));
        }
        return cs;
    }

    /** The coordinates with the first repeated at the end, unless it already is (JTS's rings are closed). */
    static Coordinate[] closed(Coordinate[] cs) {
        if (cs.length == 0 || cs[0].equals2D(cs[cs.length - 1])) {
            return cs;
        }
        Coordinate[] out = Arrays.copyOf(cs, cs.length + 1);
        out[cs.length] = cs[0].copy();
        return out;
    }

    private static Coordinate lonLat(GeoPoint p) {
        return new Coordinate(p.lon(), p.lat());
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
        if (ring.points().size() < 4) {
            return -1;
        }
        Coordinate[] cs = coordinates(ring, Polygons::lonLat);
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

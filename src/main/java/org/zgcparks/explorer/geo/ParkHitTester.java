package org.zgcparks.explorer.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/**
 * Finds the park under a point of the map, in world-pixel space so that marker radii are in screen pixels.
 * Markers (parks without an outline) win over outlines, since they are drawn on top and stand for small places;
 * among outlines that contain the point the smallest wins, so a street inside a sub-park can be picked.
 *
 * <p>Outline parts and markers sit in JTS {@link STRtree}s (in normalised Web Mercator units, 0..1), so a point
 * looks only at the features whose box holds it; each part is a JTS prepared polygon, whose indexed
 * point-in-area test stays fast on rings of thousands of positions.
 */
public final class ParkHitTester {

    /** One part of a park's outline, with the whole outline's area and the park's place in the input. */
    private record Part(Park park, int order, double areaKm2, PreparedGeometry area) {
    }

    /** A marker, with the park's place in the input (the tie-break between markers at the same distance). */
    private record Marker(Park park, int order, double x, double y) {
    }

    private record Near(Marker marker, double distance) {
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final STRtree outlines = new STRtree();
    private final STRtree markers = new STRtree();

    public ParkHitTester(List<Park> parks) {
        PreparedGeometryFactory prepared = new PreparedGeometryFactory();
        for (int order = 0; order < parks.size(); order++) {
            Park park = parks.get(order);
            if (park.outline().isPresent()) {
                double area = Polygons.areaKm2(park.outline().get());
                for (Ring ring : park.outline().get().parts()) {
                    Coordinate[] cs = Polygons.closed(Polygons.coordinates(ring,
                            p -> new Coordinate(WebMercator.normalizedX(p.lon()), WebMercator.normalizedY(p.lat()))));
                    if (cs.length < 4) {
                        continue; // fewer than three distinct corners: no area to contain a point
                    }
                    PreparedGeometry part = prepared.create(GEOMETRY.createPolygon(cs));
                    outlines.insert(part.getGeometry().getEnvelopeInternal(), new Part(park, order, area, part));
                }
            } else {
                double x = WebMercator.normalizedX(park.centre().lon());
                double y = WebMercator.normalizedY(park.centre().lat());
                markers.insert(new Envelope(x, x, y, y), new Marker(park, order, x, y));
            }
        }
        outlines.build();
        markers.build();
    }

    /**
     * The park at the position, at the given zoom, with markers hit within {@code markerRadiusPx} pixels.
     */
    public Optional<Park> hit(GeoPoint position, double zoom, double markerRadiusPx) {
        return hit(position, zoom, markerRadiusPx, p -> true);
    }

    /** As {@link #hit(GeoPoint, double, double)}, considering only the parks {@code eligible} accepts (e.g. drawn ones). */
    public Optional<Park> hit(GeoPoint position, double zoom, double markerRadiusPx, Predicate<Park> eligible) {
        return hits(position, zoom, markerRadiusPx, eligible).stream().findFirst();
    }

    /**
     * Every eligible park at the position, smallest first: the markers within {@code markerRadiusPx} pixels
     * (nearest first; a marker stands for a place smaller than any outline drawn), then the outlines that contain
     * the position, by area. The first is what a click selects; the others are what further clicks cycle to.
     * Ties keep the order of the parks given to the constructor.
     */
    public List<Park> hits(GeoPoint position, double zoom, double markerRadiusPx, Predicate<Park> eligible) {
        double world = WebMercator.worldSize(zoom);
        double x = WebMercator.normalizedX(position.lon());
        double y = WebMercator.normalizedY(position.lat());
        double r = markerRadiusPx / world;
        List<Near> near = new ArrayList<>();
        for (Object o : markers.query(new Envelope(x - r, x + r, y - r, y + r))) {
            Marker m = (Marker) o;
            double d = Math.hypot((m.x() - x) * world, (m.y() - y) * world);
            if (d <= markerRadiusPx && eligible.test(m.park())) {
                near.add(new Near(m, d));
            }
        }
        near.sort(Comparator.comparingDouble(Near::distance).thenComparingInt(n -> n.marker().order()));
        Point point = GEOMETRY.createPoint(new Coordinate(x, y));
        List<Part> containing = new ArrayList<>();
        for (Object o : outlines.query(new Envelope(x, x, y, y))) {
            Part part = (Part) o;
            if (eligible.test(part.park()) && part.area().intersects(point)) {
                containing.add(part);
            }
        }
        containing.sort(Comparator.comparingDouble(Part::areaKm2).thenComparingInt(Part::order));
        List<Park> out = new ArrayList<>();
        near.forEach(n -> out.add(n.marker().park()));
        Set<Park> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Part p : containing) {
            if (added.add(p.park())) { // a park two of whose parts hold the point comes once
                out.add(p.park());
            }
        }
        return out;
    }
}

package org.zgcparks.explorer.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.District;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/**
 * Checks where parks lie against the offline basemap's district boundaries (JTS geometry, WGS-84).
 *
 * <p>The rule: a park's <em>reference point</em> (its outline's centroid if it has an outline, else its marker) lies
 * inside one of the districts its record names, or within {@link #TOLERANCE_METRES} of one. The tolerance covers the
 * boundaries' own generalisation (the bundled ones are simplified to tens of metres) and parks drawn right on a
 * district line. A park whose outline spans several districts is named in each district its outline covers by
 * more than {@link #SHARE_OF_AREA} of its area.
 */
public final class DistrictCheck {

    /** How far outside its recorded district(s) a park's reference point may lie and still agree. */
    public static final double TOLERANCE_METRES = 500;
    /** The share of an outline's area that must lie in a district for the park to be said to lie in it. */
    public static final double SHARE_OF_AREA = 0.05;
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * What the geometry says about one park.
     *
     * @param park            the park
     * @param recorded        the district ids its record names
     * @param byGeometry      the basemap's districts the park lies in, by geometry (most of its area first)
     * @param distanceMetres  how far its reference point lies outside its recorded districts (0 inside)
     * @param unknownRecorded recorded district ids the basemap does not know
     */
    public record Finding(Park park, List<String> recorded, List<District> byGeometry, double distanceMetres,
                          List<String> unknownRecorded) {

        /** Whether the record and the geometry agree within the tolerance. */
        public boolean agrees() {
            return unknownRecorded.isEmpty() && distanceMetres <= TOLERANCE_METRES;
        }

        /** A warning in English, for the log and the dataset checks. */
        public String message() {
            String found = byGeometry.isEmpty() ? "outside Beijing's districts"
                    : "in " + String.join(", ", byGeometry.stream().map(d -> d.name().en()).toList());
            if (!unknownRecorded.isEmpty()) {
                return "park " + park.id() + ": district " + String.join(", ", unknownRecorded)
                        + " is not one of Beijing's districts; by its position it lies " + found;
            }
            return String.format(Locale.ROOT, "park %s: recorded in %s, but its %s lies %s, %.0f m outside %s"
                            + " (tolerance %.0f m)", park.id(), String.join(", ", recorded),
                    park.outline().isPresent() ? "outline's centroid" : "marker", found, distanceMetres,
                    recorded.size() == 1 ? "it" : "them", TOLERANCE_METRES);
        }
    }

    private final Basemap basemap;

    public DistrictCheck(Basemap basemap) {
        this.basemap = basemap;
    }

    /** Whether there are boundaries to check against (an empty basemap has none). */
    public boolean isAvailable() {
        return !basemap.districts().isEmpty();
    }

    /** The district ids a park's record names. */
    public static List<String> recordedDistricts(Park park) {
        return park.districtIds();
    }

    /** The basemap district a dataset district id (or any of its names) stands for. */
    public Optional<District> district(String id) {
        return basemap.district(id);
    }

    /** The point checked against the boundaries: the outline's centroid (all parts together), else the marker. */
    public static GeoPoint referencePoint(Park park) {
        if (park.outline().isPresent()) {
            Point c = area(park).getCentroid();
            if (!c.isEmpty()) {
                return new GeoPoint(c.getY(), c.getX());
            }
        }
        return park.centre();
    }

    /** The districts a park lies in by geometry: those under its marker, or those its outline covers in part. */
    public List<District> districtsOf(Park park) {
        if (park.outline().isEmpty()) {
            return basemap.districtsAt(park.centre().lon(), park.centre().lat());
        }
        Geometry a = area(park);
        double total = a.getArea();
        record Share(District d, double area) {
        }
        List<Share> shares = new ArrayList<>();
        for (District d : basemap.districts()) {
            if (d.geometry().getEnvelopeInternal().intersects(a.getEnvelopeInternal()) && d.geometry().intersects(a)) {
                shares.add(new Share(d, d.geometry().intersection(a).getArea()));
            }
        }
        shares.sort((x, y) -> Double.compare(y.area(), x.area()));
        List<District> out = new ArrayList<>();
        for (Share s : shares) {
            if (out.isEmpty() || total <= 0 || s.area() / total >= SHARE_OF_AREA) {
                out.add(s.d());
            }
        }
        return out;
    }

    /** Checks one park. */
    public Finding check(Park park) {
        List<String> recorded = recordedDistricts(park);
        List<String> unknown = new ArrayList<>();
        double distance = Double.POSITIVE_INFINITY;
        GeoPoint ref = referencePoint(park);
        Point p = GEOMETRY.createPoint(new Coordinate(ref.lon(), ref.lat()));
        for (String id : recorded) {
            Optional<District> d = basemap.district(id);
            if (d.isEmpty()) {
                unknown.add(id);
                continue;
            }
            distance = Math.min(distance, metresOutside(d.get().geometry(), p));
        }
        if (recorded.isEmpty() || recorded.size() == unknown.size()) {
            distance = recorded.isEmpty() ? Double.POSITIVE_INFINITY : 0;
        }
        return new Finding(park, recorded, districtsOf(park), distance, unknown);
    }

    /** The parks of a dataset whose record and geometry disagree (none when there are no boundaries). */
    public List<Finding> disagreements(Dataset dataset) {
        if (!isAvailable()) {
            return List.of();
        }
        return dataset.parks().stream().map(this::check).filter(f -> !f.agrees()).toList();
    }

    /** The dataset's district ids of the districts a park lies in by geometry (those the dataset knows). */
    public Set<String> datasetIdsOf(Dataset dataset, Park park) {
        Set<String> ids = new LinkedHashSet<>();
        for (District d : districtsOf(park)) {
            dataset.districts().stream().filter(x -> basemap.district(x.id()).filter(d::equals).isPresent())
                    .findFirst().ifPresent(x -> ids.add(x.id()));
        }
        return ids;
    }

    /** The great-circle distance from a point to the nearest point of an area; 0 inside it. */
    static double metresOutside(Geometry area, Point p) {
        if (area.covers(p)) {
            return 0;
        }
        Coordinate[] nearest = DistanceOp.nearestPoints(area, p);
        return haversine(nearest[0], nearest[1]);
    }

    private static double haversine(Coordinate a, Coordinate b) {
        double la1 = Math.toRadians(a.y), la2 = Math.toRadians(b.y);
        double dla = la2 - la1, dlo = Math.toRadians(b.x - a.x);
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** A park's outline as one JTS area in lon/lat degrees (its parts unioned). */
    static Geometry area(Park park) {
        List<Polygon> polygons = new ArrayList<>();
        for (Ring ring : park.outline().orElseThrow().parts()) {
            List<GeoPoint> pts = ring.points();
            if (pts.size() < 3) {
                continue;
            }
            List<Coordinate> cs = new ArrayList<>();
            for (GeoPoint g : pts) {
                cs.add(new Coordinate(g.lon(), g.lat()));
            }
            if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                cs.add(cs.get(0));
            }
            if (cs.size() < 4) {
                continue;
            }
            LinearRing shell = GEOMETRY.createLinearRing(cs.toArray(Coordinate[]::new));
            polygons.add(GEOMETRY.createPolygon(shell));
        }
        Geometry all = GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        return all.isValid() ? all.union() : all.buffer(0);
    }
}

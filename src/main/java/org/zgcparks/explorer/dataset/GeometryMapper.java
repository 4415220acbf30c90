package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Ring;

/**
 * Maps positions and outlines: every position inside Beijing (with a hint when latitude and longitude look
 * swapped), every ring closed, simple and within the {@link DatasetLimits}.
 */
final class GeometryMapper {

    /** A generous box around Beijing Municipality (WGS-84). */
    static final double MIN_LAT = 39.40, MAX_LAT = 41.10, MIN_LON = 115.40, MAX_LON = 117.55;

    private final JsonFields fields;
    private final TextFields texts;
    private final RingChecks ringChecks;

    GeometryMapper(JsonFields fields, TextFields texts) {
        this.fields = fields;
        this.texts = texts;
        this.ringChecks = new RingChecks(fields.limits());
    }

    Outline outline(JsonNode n, String p) {
        if (!n.isObject()) {
            fields.problem(p, "\"outline\" must be an object with \"parts\" and \"accuracy\"");
            return null;
        }
        LocalizedText accuracy = texts.textOrLocalized(n, p, "accuracy", true);
        JsonNode parts = n.get("parts");
        if (parts == null || !parts.isArray() || parts.isEmpty()) {
            fields.problem(p + "/parts", "an outline needs \"parts\": an array of one or more rings");
            return null;
        }
        List<Ring> rings = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Ring ring = ring(parts.get(i), p + "/parts/" + i);
            if (ring != null) {
                rings.add(ring);
            }
        }
        return rings.isEmpty() ? null : new Outline(rings, accuracy);
    }

    private Ring ring(JsonNode ringNode, String rp) {
        if (!ringNode.isArray()) {
            fields.problem(rp, "a ring must be an array of [longitude, latitude] pairs");
            return null;
        }
        String tooMany = ringChecks.admit(ringNode.size());
        if (tooMany != null) {
            fields.problem(rp, tooMany);
            return null;
        }
        List<GeoPoint> points = new ArrayList<>();
        boolean ok = true;
        for (int k = 0; k < ringNode.size(); k++) {
            GeoPoint pt = lonLatPair(ringNode.get(k), rp + "/" + k);
            if (pt == null) {
                ok = false;
            } else {
                points.add(pt);
            }
        }
        if (!ok) {
            return null;
        }
        if (points.size() < 4) {
            fields.problem(rp, "a ring needs at least 4 positions (a triangle plus the closing point), found "
                    + points.size());
            return null;
        }
        Ring ring = new Ring(points);
        if (!Polygons.isClosed(ring)) {
            fields.problem(rp + "/" + (points.size() - 1),
                    "the ring is not closed: its last position must repeat the first " + fmt(points.get(0)));
            return null;
        }
        int crossing = Polygons.firstSelfIntersection(ring);
        if (crossing >= 0) {
            fields.problem(rp + "/" + crossing, "the ring intersects itself: the edge from position " + crossing
                    + " to " + (crossing + 1) + " crosses another edge");
            return null;
        }
        return ring;
    }

    GeoPoint point(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            fields.problem(p, "missing position: an object {\"lat\": ..., \"lon\": ...}");
            return null;
        }
        BigDecimal lat = fields.number(n, p, "lat", true);
        BigDecimal lon = fields.number(n, p, "lon", true);
        if (lat == null || lon == null) {
            return null;
        }
        return checkInBeijing(lat.doubleValue(), lon.doubleValue(), p);
    }

    private GeoPoint lonLatPair(JsonNode n, String p) {
        if (n == null || !n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            fields.problem(p, "a position in a ring must be a [longitude, latitude] pair of numbers");
            return null;
        }
        return checkInBeijing(n.get(1).doubleValue(), n.get(0).doubleValue(), p);
    }

    private GeoPoint checkInBeijing(double lat, double lon, String p) {
        boolean latOk = lat >= MIN_LAT && lat <= MAX_LAT;
        boolean lonOk = lon >= MIN_LON && lon <= MAX_LON;
        if (latOk && lonOk) {
            return new GeoPoint(lat, lon);
        }
        boolean swapped = lon >= MIN_LAT && lon <= MAX_LAT && lat >= MIN_LON && lat <= MAX_LON;
        if (swapped) {
            fields.problem(p, "latitude and longitude look swapped: latitude " + lat + ", longitude " + lon
                    + " (rings use [longitude, latitude]; centres use {\"lat\", \"lon\"})");
        } else {
            fields.problem(p, "position (latitude " + lat + ", longitude " + lon + ") is outside Beijing (latitude "
                    + MIN_LAT + "–" + MAX_LAT + ", longitude " + MIN_LON + "–" + MAX_LON + ")");
        }
        return null;
    }

    private static String fmt(GeoPoint p) {
        return "[" + p.lon() + ", " + p.lat() + "]";
    }
}

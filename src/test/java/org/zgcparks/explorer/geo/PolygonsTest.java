package org.zgcparks.explorer.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Ring;

class PolygonsTest {

    /** A ring from (lon, lat) pairs, closed. */
    static Ring ring(double... lonLat) {
        List<GeoPoint> pts = new ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            pts.add(new GeoPoint(lonLat[i + 1], lonLat[i]));
        }
        pts.add(pts.get(0));
        return new Ring(pts);
    }

    // A "U": two arms joined at the bottom, with a notch between them (concave).
    static final Ring U = ring(116.0, 40.0, 116.3, 40.0, 116.3, 40.3, 116.2, 40.3, 116.2, 40.1, 116.1, 40.1, 116.1, 40.3,
            116.0, 40.3);

    @Test
    void convexContainment() {
        Ring square = ring(116, 40, 117, 40, 117, 41, 116, 41);
        assertTrue(Polygons.contains(square, new GeoPoint(40.5, 116.5)));
        assertFalse(Polygons.contains(square, new GeoPoint(41.5, 116.5)));
        assertFalse(Polygons.contains(square, new GeoPoint(40.5, 115.9)));
    }

    @Test
    void concaveOutlineExcludesItsNotch() {
        assertTrue(Polygons.contains(U, new GeoPoint(40.2, 116.05)), "left arm");
        assertTrue(Polygons.contains(U, new GeoPoint(40.2, 116.25)), "right arm");
        assertTrue(Polygons.contains(U, new GeoPoint(40.05, 116.15)), "base");
        assertFalse(Polygons.contains(U, new GeoPoint(40.2, 116.15)), "the notch is outside");
    }

    @Test
    void multiPartOutlineContainsEachPartAndNotTheGap() {
        Outline twoParts = new Outline(List.of(ring(116, 40, 116.1, 40, 116.1, 40.1, 116, 40.1),
                ring(116.5, 40.5, 116.6, 40.5, 116.6, 40.6, 116.5, 40.6)), "test");
        assertTrue(Polygons.contains(twoParts, new GeoPoint(40.05, 116.05)));
        assertTrue(Polygons.contains(twoParts, new GeoPoint(40.55, 116.55)));
        assertFalse(Polygons.contains(twoParts, new GeoPoint(40.3, 116.3)));
    }

    @Test
    void areaOfASmallSquareNearBeijing() {
        // 0.1° x 0.1° at 40°N: 11.12 km x 8.52 km ≈ 94.7 km²
        Ring square = ring(116, 39.95, 116.1, 39.95, 116.1, 40.05, 116, 40.05);
        assertEquals(94.7, Polygons.areaKm2(square), 0.5);
    }

    @Test
    void detectsSelfIntersectionAndClosure() {
        Ring bowTie = ring(116, 40, 116.1, 40.1, 116.1, 40, 116, 40.1);
        assertTrue(Polygons.firstSelfIntersection(bowTie) >= 0);
        assertEquals(-1, Polygons.firstSelfIntersection(U));
        assertTrue(Polygons.isClosed(U));
        assertFalse(Polygons.isClosed(new Ring(List.of(new GeoPoint(40, 116), new GeoPoint(40, 117), new GeoPoint(41, 117)))));
    }
}

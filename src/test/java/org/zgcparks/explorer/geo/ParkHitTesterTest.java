package org.zgcparks.explorer.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Ring;

class ParkHitTesterTest {

    static Park park(String id, GeoPoint centre, Ring... parts) {
        Optional<Outline> outline = parts.length == 0 ? Optional.empty() : Optional.of(new Outline(List.of(parts), "test"));
        return new Park(id, new Names(id, id, id, ""), List.of(), ParkKind.SUB_PARK, null, "haidian", centre, "",
                outline, LocalizedText.english(""), List.of(), List.of());
    }

    final Park big = park("big", new GeoPoint(40.15, 116.15), PolygonsTest.U);
    final Park small = park("small", new GeoPoint(40.02, 116.02), PolygonsTest.ring(116.01, 40.01, 116.04, 40.01, 116.04, 40.04, 116.01, 40.04));
    final Park twoParts = park("two", new GeoPoint(40.55, 116.55),
            PolygonsTest.ring(116.5, 40.5, 116.6, 40.5, 116.6, 40.6, 116.5, 40.6),
            PolygonsTest.ring(116.8, 40.5, 116.9, 40.5, 116.9, 40.6, 116.8, 40.6));
    final Park marker = park("marker", new GeoPoint(40.2, 116.05));
    final ParkHitTester tester = new ParkHitTester(List.of(big, small, twoParts, marker));

    @Test
    void theSmallestContainingOutlineWins() {
        assertEquals("small", tester.hit(new GeoPoint(40.02, 116.02), 12, 8).orElseThrow().id());
        assertEquals("big", tester.hit(new GeoPoint(40.05, 116.25), 12, 8).orElseThrow().id());
    }

    @Test
    void everyFeatureAtAPointComesSmallestFirst() {
        assertEquals(List.of("small", "big"), tester.hits(new GeoPoint(40.02, 116.02), 12, 8, p -> true)
                .stream().map(Park::id).toList());
        assertEquals(List.of("big"), tester.hits(new GeoPoint(40.02, 116.02), 12, 8, p -> !p.id().equals("small"))
                .stream().map(Park::id).toList());
    }

    @Test
    void concaveNotchIsNotAHit() {
        assertTrue(tester.hit(new GeoPoint(40.2, 116.15), 12, 8).isEmpty());
    }

    @Test
    void eitherPartOfAMultiPartParkHits() {
        assertEquals("two", tester.hit(new GeoPoint(40.55, 116.55), 12, 8).orElseThrow().id());
        assertEquals("two", tester.hit(new GeoPoint(40.55, 116.85), 12, 8).orElseThrow().id());
        assertTrue(tester.hit(new GeoPoint(40.55, 116.7), 12, 8).isEmpty());
    }

    @Test
    void markersHitWithinTheirScreenRadiusAndWinOverOutlines() {
        // the marker sits on the U's left arm; at zoom 12 one pixel is ~0.00034° of longitude
        assertEquals("marker", tester.hit(new GeoPoint(40.2, 116.05 + 5 * 0.00034), 12, 8).orElseThrow().id());
        assertEquals("big", tester.hit(new GeoPoint(40.2, 116.05 + 20 * 0.00034), 12, 8).orElseThrow().id());
    }

    @Test
    void aParkWhosePartsOverlapComesOnce() {
        Park overlapping = park("overlapping", new GeoPoint(40.55, 116.55),
                PolygonsTest.ring(116.5, 40.5, 116.6, 40.5, 116.6, 40.6, 116.5, 40.6),
                PolygonsTest.ring(116.55, 40.55, 116.65, 40.55, 116.65, 40.65, 116.55, 40.65));
        assertEquals(List.of("overlapping"), new ParkHitTester(List.of(overlapping))
                .hits(new GeoPoint(40.58, 116.58), 12, 8, p -> true).stream().map(Park::id).toList());
    }

    @Test
    void tiesKeepTheOrderTheParksWereGivenIn() {
        Ring square = PolygonsTest.ring(116.5, 40.5, 116.6, 40.5, 116.6, 40.6, 116.5, 40.6);
        Park a = park("a", new GeoPoint(40.55, 116.55), square);
        Park b = park("b", new GeoPoint(40.55, 116.55), square);
        Park m = park("m", new GeoPoint(40.55, 116.55));
        Park n = park("n", new GeoPoint(40.55, 116.55));
        GeoPoint at = new GeoPoint(40.55, 116.55);
        assertEquals(List.of("m", "n", "a", "b"), new ParkHitTester(List.of(a, m, b, n)).hits(at, 12, 8, p -> true)
                .stream().map(Park::id).toList());
        assertEquals(List.of("n", "m", "b", "a"), new ParkHitTester(List.of(n, b, m, a)).hits(at, 12, 8, p -> true)
                .stream().map(Park::id).toList());
    }
}

package org.zgcparks.explorer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Ring;

/** The district rule (issue 21, item 19): every park lies in, or within the tolerance of, its recorded district(s). */
class DistrictCheckTest {

    static Basemap basemap;
    static Dataset bundled;
    static DistrictCheck check;

    @BeforeAll
    static void load() throws Exception {
        basemap = new BasemapLoader().loadBundled();
        bundled = new DatasetLoader().loadBundled();
        check = new DistrictCheck(basemap);
    }

    @Test
    void everyParkOfTheBundledDatasetLiesInItsRecordedDistricts() {
        assertTrue(check.isAvailable(), "the bundled basemap has district boundaries");
        List<DistrictCheck.Finding> bad = check.disagreements(bundled);
        assertTrue(bad.isEmpty(), () -> bad.size() + " park(s) disagree with the district boundaries:\n"
                + bad.stream().map(DistrictCheck.Finding::message).collect(Collectors.joining("\n")));
    }

    @Test
    void everyDatasetDistrictIsABasemapDistrict() {
        bundled.districts().forEach(d -> assertTrue(check.district(d.id()).isPresent(), d.id()));
        assertEquals(16, basemap.districts().size());
    }

    @Test
    void aMarkerInTheWrongDistrictIsFoundWithItsDistance() {
        // Tiananmen lies in Dongcheng, not Haidian: several kilometres outside Haidian
        Park p = marker("tiananmen", "haidian", 39.9073, 116.3914);
        DistrictCheck.Finding f = check.check(p);
        assertFalse(f.agrees());
        assertTrue(f.distanceMetres() > 3_000, "distance " + f.distanceMetres());
        assertEquals("Dongcheng", f.byGeometry().get(0).name().en());
        assertTrue(f.message().contains("tiananmen") && f.message().contains("Dongcheng"), f.message());
        assertTrue(check.check(marker("tiananmen", "dongcheng", 39.9073, 116.3914)).agrees());
    }

    @Test
    void aPointJustOutsideItsDistrictAgreesWithinTheTolerance() {
        // Beijing South station lies in Fengtai, a few hundred metres from the Dongcheng/Xicheng lines at most
        Park p = marker("south-station", "fengtai", 39.8635, 116.3724);
        assertTrue(check.check(p).agrees());
        double d = DistrictCheck.metresOutside(check.district("xicheng").orElseThrow().geometry(),
                new GeometryFactory().createPoint(new Coordinate(116.3724, 39.8635)));
        assertTrue(d > 0 && d < 10_000, "distance to Xicheng " + d);
    }

    @Test
    void anUnknownDistrictDisagrees() {
        DistrictCheck.Finding f = check.check(marker("x", "atlantis", 39.9073, 116.3914));
        assertFalse(f.agrees());
        assertEquals(List.of("atlantis"), f.unknownRecorded());
    }

    @Test
    void anOutlineIsCheckedByItsCentroidAndNamesEveryDistrictItCovers() {
        // a box astride the Haidian/Changping line north of Xierqi, about half in each
        double lat = centreOfLine();
        Park p = outline("box", "haidian", lat - 0.02, lat + 0.02, 116.28, 116.32);
        List<String> found = check.districtsOf(p).stream().map(d -> d.name().en()).toList();
        assertTrue(found.contains("Haidian") && found.contains("Changping"), found.toString());
        GeoPoint c = DistrictCheck.referencePoint(p);
        assertEquals(lat, c.lat(), 1e-6);
        assertTrue(check.check(p).distanceMetres() <= DistrictCheck.TOLERANCE_METRES + 2_500);
    }

    @Test
    void withoutBoundariesNothingIsReported() {
        assertTrue(new DistrictCheck(Basemap.EMPTY).disagreements(bundled).isEmpty());
    }

    /** A latitude on the Haidian/Changping line at 116.30 E. */
    private static double centreOfLine() {
        double lat = 40.0;
        while (lat < 40.3 && !basemap.districtsAt(116.30, lat).stream().anyMatch(d -> d.name().en().equals("Changping"))) {
            lat += 0.001;
        }
        return lat;
    }

    static Park marker(String id, String district, double lat, double lon) {
        return new Park(id, new Names(id, id, id, ""), List.of(), ParkKind.STREET, null, district,
                new GeoPoint(lat, lon), "", Optional.empty(), new LocalizedText("", "", ""), List.of(), List.of());
    }

    static Park outline(String id, String district, double s, double n, double w, double e) {
        Ring r = new Ring(List.of(new GeoPoint(s, w), new GeoPoint(s, e), new GeoPoint(n, e), new GeoPoint(n, w),
                new GeoPoint(s, w)));
        return new Park(id, new Names(id, id, id, ""), List.of(), ParkKind.STREET, null, district,
                new GeoPoint((s + n) / 2, (w + e) / 2), "", Optional.of(new Outline(List.of(r), "")),
                new LocalizedText("", "", ""), List.of(), List.of());
    }
}

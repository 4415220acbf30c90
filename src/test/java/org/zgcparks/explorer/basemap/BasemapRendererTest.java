package org.zgcparks.explorer.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.zgcparks.explorer.geo.WebMercator;

class BasemapRendererTest {

    static final Locale RU = new Locale("ru");
    static Basemap basemap;
    static BasemapRenderer en;

    /** Zhongguancun, in Haidian, and Yizhuang (E-Town's core), in Daxing; WGS-84. */
    static final double[] HAIDIAN = {116.3105, 39.9830};
    static final double[] ETOWN = {116.5060, 39.7950};

    @BeforeAll
    static void load() {
        basemap = new BasemapLoader().loadBundled();
        en = new BasemapRenderer(basemap, Locale.ENGLISH);
    }

    /** One 256-pixel tile, drawn as the tile service draws it; returns the image and the labels drawn on it. */
    record DrawnTile(BufferedImage image, List<PlacedLabel> labels, int zoom, long x, long y) {
    }

    static DrawnTile tile(BasemapRenderer r, int zoom, long x, long y) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        List<PlacedLabel> labels = r.draw(g, zoom, x * 256.0, y * 256.0, 256, 256);
        g.dispose();
        return new DrawnTile(img, labels, zoom, x, y);
    }

    static long tileX(double lon, int z) {
        return (long) Math.floor(WebMercator.lonToPixelX(lon, z) / 256);
    }

    static long tileY(double lat, int z) {
        return (long) Math.floor(WebMercator.latToPixelY(lat, z) / 256);
    }

    /** The tiles of a (2n+1)-square block around a point. */
    static List<DrawnTile> block(BasemapRenderer r, int zoom, double lon, double lat, int n) {
        List<DrawnTile> out = new ArrayList<>();
        long cx = tileX(lon, zoom), cy = tileY(lat, zoom);
        for (long x = cx - n; x <= cx + n; x++) {
            for (long y = cy - n; y <= cy + n; y++) {
                out.add(tile(r, zoom, x, y));
            }
        }
        return out;
    }

    static boolean near(int argb, Color c, int tolerance) {
        int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
        return Math.abs(r - c.getRed()) + Math.abs(g - c.getGreen()) + Math.abs(b - c.getBlue()) <= tolerance;
    }

    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (near(img.getRGB(x, y), c, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether the label's whole box lies in the district (its corners and centre, back in lon/lat). */
    static boolean inside(PlacedLabel l, District d, int zoom) {
        for (double[] p : new double[][] {{l.x(), l.y()}, {l.x() + l.width(), l.y()}, {l.x(), l.y() + l.height()},
            {l.x() + l.width(), l.y() + l.height()}, {l.centreX(), l.centreY()}}) {
            double lon = WebMercator.pixelXToLon(p[0], zoom), lat = WebMercator.pixelYToLat(p[1], zoom);
            if (!basemap.districtsAt(lon, lat).contains(d)) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @CsvSource({"9, 116.3105, 39.9830, Haidian", "12, 116.3105, 39.9830, Haidian", "15, 116.3105, 39.9830, Haidian",
        "9, 116.5060, 39.7950, Daxing", "12, 116.5060, 39.7950, Daxing", "15, 116.5060, 39.7950, Daxing"})
    void tilesOverTheParksNameTheirDistrictInsideIt(int zoom, double lon, double lat, String districtName) {
        District d = basemap.district(districtName).orElseThrow();
        List<DrawnTile> tiles = block(en, zoom, lon, lat, 2);
        List<PlacedLabel> names = tiles.stream().flatMap(t -> t.labels().stream())
                .filter(l -> l.kind() == PlacedLabel.Kind.DISTRICT && l.text().equals(districtName)).toList();
        assertFalse(names.isEmpty(), "a " + districtName + " label near the point at zoom " + zoom);
        for (PlacedLabel l : names) {
            assertTrue(inside(l, d, zoom), l + " lies inside " + districtName);
        }
    }

    @ParameterizedTest
    @CsvSource({"9, 116.3105, 39.9830", "12, 116.3105, 39.9830", "15, 116.3105, 39.9830",
        "9, 116.5060, 39.7950", "12, 116.5060, 39.7950", "15, 116.5060, 39.7950"})
    void theTileWhereTheNearestDistrictBoundaryRunsShowsItsLine(int zoom, double lon, double lat) {
        // the nearest point of the nearest boundary of the district holding the point
        District d = basemap.districtsAt(lon, lat).get(0);
        Geometry boundary = d.geometry().getBoundary();
        Coordinate nearest = DistanceOp.nearestPoints(boundary,
                Basemap.GEOMETRY.createPoint(new Coordinate(lon, lat)))[0];
        long x = tileX(nearest.x, zoom), y = tileY(nearest.y, zoom);
        DrawnTile t = tile(en, zoom, x, y);
        List<double[]> onLine = en.boundaryPoints(zoom, x * 256.0, y * 256.0, 256, 256);
        assertTrue(onLine.size() >= 3, "the boundary runs through the tile at zoom " + zoom);
        // where the line runs, the tile is darker than the ground (a label's halo may cover a few points)
        long inked = onLine.stream().filter(p -> {
            int argb = t.image().getRGB((int) p[0], (int) p[1]);
            return brightness(argb) < brightness(BasemapStyle.URBAN.getRGB()) - 30;
        }).count();
        assertTrue(inked >= onLine.size() * 0.8, inked + " of " + onLine.size() + " points on the line are inked");
        // and a tile inside the district, away from its boundary, has none
        if (zoom == 15) {
            assertTrue(en.boundaryPoints(zoom, tileX(lon, zoom) * 256.0, tileY(lat, zoom) * 256.0, 256, 256).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18})
    void noTwoLabelsOverlap(int zoom) {
        // a window of about 2,000 x 1,600 pixels over central Beijing, drawn as tiles
        long cx = tileX(116.39, zoom), cy = tileY(39.92, zoom);
        Set<PlacedLabel> all = new HashSet<>();
        for (long x = cx - 4; x <= cx + 3; x++) {
            for (long y = cy - 3; y <= cy + 3; y++) {
                all.addAll(en.labels(zoom, x * 256.0, y * 256.0, 256, 256));
            }
        }
        assertFalse(zoom >= 9 && all.isEmpty(), "labels at zoom " + zoom);
        List<PlacedLabel> list = new ArrayList<>(all);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                assertFalse(list.get(i).overlaps(list.get(j)), list.get(i) + " overlaps " + list.get(j));
            }
        }
    }

    @Test
    void aLabelAcrossATileEdgeIsTheSameOnBothTiles() {
        int zoom = 11;
        long cx = tileX(116.39, zoom), cy = tileY(39.92, zoom);
        int crossing = 0;
        for (long x = cx - 3; x <= cx + 3; x++) {
            for (long y = cy - 3; y <= cy + 3; y++) {
                List<PlacedLabel> here = en.labels(zoom, x * 256.0, y * 256.0, 256, 256);
                List<PlacedLabel> right = en.labels(zoom, (x + 1) * 256.0, y * 256.0, 256, 256);
                for (PlacedLabel l : here) {
                    if (l.x() + l.width() > (x + 1) * 256.0 + 4) {
                        crossing++;
                        assertTrue(right.contains(l), l + " is drawn whole on the tile to the right too");
                    }
                }
            }
        }
        assertTrue(crossing > 0, "some label crosses a tile edge in central Beijing at zoom 11");
    }

    @Test
    void repeatedDistrictNamesNeverCrossATileEdge() {
        int zoom = 15;
        for (DrawnTile t : block(en, zoom, HAIDIAN[0], HAIDIAN[1], 3)) {
            for (PlacedLabel l : t.labels()) {
                if (l.kind() == PlacedLabel.Kind.DISTRICT) {
                    assertTrue(l.x() >= t.x() * 256 && l.x() + l.width() <= (t.x() + 1) * 256
                            && l.y() >= t.y() * 256 && l.y() + l.height() <= (t.y() + 1) * 256, l.toString());
                }
            }
        }
    }

    @Test
    void labelsAreInTheRenderersLanguage() {
        BasemapRenderer zh = new BasemapRenderer(basemap, Locale.CHINESE);
        BasemapRenderer ru = new BasemapRenderer(basemap, RU);
        int zoom = 9;
        long x = tileX(HAIDIAN[0], zoom), y = tileY(HAIDIAN[1], zoom);
        Set<String> inZh = texts(zh, zoom, x, y);
        Set<String> inEn = texts(en, zoom, x, y);
        Set<String> inRu = texts(ru, zoom, x, y);
        assertTrue(inZh.contains("海淀区"), inZh.toString());
        assertTrue(inEn.contains("Haidian"), inEn.toString());
        assertTrue(inRu.contains("Хайдянь"), inRu.toString());
        assertTrue(inZh.stream().noneMatch(t -> t.matches(".*[A-Za-z].*")), "no Latin names in Chinese: " + inZh);
        assertTrue(inEn.stream().noneMatch(t -> t.matches(".*\\p{IsHan}.*")), "no Chinese names in English: " + inEn);
        assertTrue(inRu.stream().anyMatch(t -> t.matches(".*\\p{IsCyrillic}.*")));
        // villages too, at 13, over the whole area of the data (Tianjin and Hebei included, where GeoNames lacks
        // many Chinese names): the Chinese map has no Latin place names
        double left = WebMercator.lonToPixelX(115.4, 13), top = WebMercator.latToPixelY(41.1, 13);
        List<PlacedLabel> all = zh.labels(13, left, top, WebMercator.lonToPixelX(117.6, 13) - left,
                WebMercator.latToPixelY(39.4, 13) - top);
        assertTrue(all.size() > 200, "labels over the whole area: " + all.size());
        for (PlacedLabel l : all) {
            assertFalse(l.text().matches(".*[A-Za-z].*"), l.toString());
        }
    }

    private static Set<String> texts(BasemapRenderer r, int zoom, long x, long y) {
        Set<String> out = new HashSet<>();
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                r.labels(zoom, (x + dx) * 256.0, (y + dy) * 256.0, 256, 256).forEach(l -> out.add(l.text()));
            }
        }
        return out;
    }

    @Test
    void reservedParkLabelsKeepBasemapLabelsAway() {
        int zoom = 12;
        BasemapRenderer r = new BasemapRenderer(basemap, Locale.ENGLISH);
        long x = tileX(HAIDIAN[0], zoom), y = tileY(HAIDIAN[1], zoom);
        List<PlacedLabel> before = r.labels(zoom, (x - 2) * 256.0, (y - 2) * 256.0, 1280, 1280);
        PlacedLabel victim = before.stream().filter(l -> l.kind() != PlacedLabel.Kind.DISTRICT).findFirst().orElseThrow();
        double lon = WebMercator.pixelXToLon(victim.centreX(), zoom), lat = WebMercator.pixelYToLat(victim.centreY(), zoom);
        r.reserveParkLabels(List.of(new ReservedLabel(lon, lat, 120, 20, 10)));
        List<PlacedLabel> after = r.labels(zoom, (x - 2) * 256.0, (y - 2) * 256.0, 1280, 1280);
        assertFalse(after.contains(victim), "the park's label wins over " + victim.text());
        PlacedLabel park = new PlacedLabel(PlacedLabel.Kind.TOWN, "park", victim.centreX() - 60, victim.centreY() - 10,
                120, 20, 0, 0, 0, 0, 0, true);
        assertTrue(after.stream().noneMatch(park::overlaps), "nothing is placed under the park's label");
        // below its zoom, the reservation does nothing
        r.reserveParkLabels(List.of(new ReservedLabel(lon, lat, 120, 20, 13)));
        assertTrue(r.labels(zoom, (x - 2) * 256.0, (y - 2) * 256.0, 1280, 1280).contains(victim));
    }

    @Test
    void anEmptyBasemapDrawsThePlainBackgroundAndNoLabels() {
        BasemapRenderer r = new BasemapRenderer(Basemap.EMPTY, Locale.ENGLISH);
        DrawnTile t = tile(r, 12, tileX(HAIDIAN[0], 12), tileY(HAIDIAN[1], 12));
        assertTrue(t.labels().isEmpty());
        assertEquals(256 * 256, count(t.image(), BasemapStyle.OUTSIDE, 0), "one flat colour");
    }

    @Test
    void placesAppearByRankAsYouZoomIn() {
        Set<PlacedLabel.Kind> at9 = kinds(9), at11 = kinds(11), at13 = kinds(13), at14 = kinds(14);
        assertTrue(at9.contains(PlacedLabel.Kind.DISTRICT_SEAT), at9.toString());
        assertFalse(at9.contains(PlacedLabel.Kind.TOWN));
        assertTrue(at11.contains(PlacedLabel.Kind.TOWN), at11.toString());
        assertFalse(at11.contains(PlacedLabel.Kind.VILLAGE));
        assertFalse(at13.contains(PlacedLabel.Kind.STATION), "stations are named from 14");
        assertTrue(at14.contains(PlacedLabel.Kind.STATION), at14.toString());
    }

    private static Set<PlacedLabel.Kind> kinds(int zoom) {
        Set<PlacedLabel.Kind> out = new HashSet<>();
        long cx = tileX(116.39, zoom), cy = tileY(39.92, zoom);
        en.labels(zoom, (cx - 4) * 256.0, (cy - 4) * 256.0, 2048, 2048).forEach(l -> out.add(l.kind()));
        return out;
    }

    @Test
    void tilesOutsideBeijingAreVeiledAndInsideAreNot() {
        int zoom = 12;
        // Tianjin's centre is outside Beijing; Zhongguancun inside
        DrawnTile tianjin = tile(en, zoom, tileX(117.20, zoom), tileY(39.13, zoom));
        DrawnTile zgc = tile(en, zoom, tileX(HAIDIAN[0], zoom), tileY(HAIDIAN[1], zoom));
        int outside = tianjin.image().getRGB(128, 128);
        int inside = zgc.image().getRGB(5, 5);
        assertNotNull(tianjin);
        assertTrue(brightness(outside) < brightness(inside) - 20, "outside is greyed");
    }

    private static int brightness(int argb) {
        return ((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF);
    }
}

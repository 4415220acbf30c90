package org.zgcparks.explorer.basemap;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.zgcparks.explorer.geo.WebMercator;

/**
 * Places the basemap's labels once per zoom for the whole map, in world pixels, greedily in order of importance
 * (park labels, the capital, districts, district seats, reservoirs, towns, rivers, stations, villages): a label is
 * kept only if its box, with a small gap, meets no box kept before it. Because the placement is made for the whole
 * map and not per tile, a label that crosses a tile edge is drawn whole, identically, on every tile it touches.
 * The result per zoom is cached; thread-safe.
 */
final class BasemapLabels {

    static final int MIN_ZOOM = 7;
    static final int MAX_ZOOM = 18;
    /** The gap kept between two labels, in pixels. */
    static final double GAP = 3;
    private static final double RIVER_SPACING = 700;
    private static final double CELL = 256;
    /** Where a district's name may go, in pixels from its centre, in order of preference. */
    private static final double[][] DISTRICT_OFFSETS = {{0, 0}, {0, -36}, {0, 36}, {0, -72}, {0, 72}, {-70, 0},
        {70, 0}};
    /** How close to the true centre of the largest inscribed circle a label centre must be: 4 px at zoom 11. */
    private static final double CENTRE_TOLERANCE = 4.0 / (1 << 11);

    /** Where a district's name goes when it is labelled once: the centre of the largest circle inside it. */
    private record DistrictSite(District district, Geometry area, IndexedPointInAreaLocator locator) {
    }

    /** The labels kept at one zoom, and every box they must not meet (kept labels and park labels). */
    static final class ZoomLabels {
        final List<PlacedLabel> placed = new ArrayList<>();
        final Grid blockers = new Grid();
        final Grid shown = new Grid();
    }

    private final Basemap basemap;
    private final BasemapGeometry geometry;
    private final Locale language;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final List<DistrictSite> districtSites = new ArrayList<>();
    private List<Coordinate> centres;
    private volatile List<ReservedLabel> reserved = List.of();
    private volatile Map<Integer, ZoomLabels> byZoom = new ConcurrentHashMap<>();

    BasemapLabels(Basemap basemap, BasemapGeometry geometry, Locale language) {
        this.basemap = basemap;
        this.geometry = geometry;
        this.language = language;
        for (int i = 0; i < basemap.districts().size(); i++) {
            Geometry g = geometry.districts.get(i);
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(g);
            locator.locate(g.getCoordinate()); // builds its index now, not lazily on several tile threads
            districtSites.add(new DistrictSite(basemap.districts().get(i), g, locator));
        }
    }

    /**
     * The label centres of the districts (then of the reservoirs, null for rivers), in world units: the centre of
     * each one's largest inscribed circle. Found when first needed, once.
     */
    private synchronized List<Coordinate> centres() {
        if (centres == null) {
            List<Coordinate> out = new ArrayList<>();
            for (DistrictSite site : districtSites) {
                out.add(MaximumInscribedCircle.getCenter(largestPart(site.area()), CENTRE_TOLERANCE).getCoordinate());
            }
            for (int i = 0; i < basemap.water().size(); i++) {
                out.add(basemap.water().get(i).isArea() ? MaximumInscribedCircle.getCenter(
                        largestPart(geometry.water.get(i)), CENTRE_TOLERANCE).getCoordinate() : null);
            }
            centres = out;
        }
        return centres;
    }

    void setReserved(List<ReservedLabel> boxes) {
        reserved = List.copyOf(boxes);
        byZoom = new ConcurrentHashMap<>();
    }

    ZoomLabels at(int zoom) {
        return byZoom.computeIfAbsent(zoom, this::place);
    }

    Locale language() {
        return language;
    }

    /** The text box of a string in a font: width, ascent, descent. */
    double[] measure(String text, Font font) {
        LineMetrics m = font.getLineMetrics(text, frc);
        double w = font.getStringBounds(text, frc).getWidth();
        return new double[] {w, m.getAscent(), m.getDescent()};
    }

    /**
     * The district whose area holds a whole box (world pixels at the zoom), tested at its corners, edge midpoints
     * and centre; null if none does.
     */
    District districtHolding(double x, double y, double w, double h, int zoom) {
        double s = WebMercator.worldSize(zoom) / WebMercator.TILE_SIZE;
        for (DistrictSite site : districtSites) {
            if (holds(site, x, y, w, h, s)) {
                return site.district();
            }
        }
        return null;
    }

    private static boolean holds(DistrictSite site, double x, double y, double w, double h, double s) {
        for (int i = 0; i <= 2; i++) {
            for (int j = 0; j <= 2; j++) {
                Coordinate c = new Coordinate((x + w * i / 2) / s, (y + h * j / 2) / s);
                if (site.locator().locate(c) == Location.EXTERIOR) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Candidate(PlacedLabel label, int rank, long weight, int seq) {
    }

    private ZoomLabels place(int zoom) {
        ZoomLabels out = new ZoomLabels();
        if (zoom < MIN_ZOOM) {
            return out;
        }
        double scale = WebMercator.worldSize(zoom) / WebMercator.TILE_SIZE;
        for (ReservedLabel r : reserved) {
            if (zoom >= r.minZoom()) {
                double px = WebMercator.lonToPixelX(r.lon(), zoom), py = WebMercator.latToPixelY(r.lat(), zoom);
                out.blockers.add(new PlacedLabel(PlacedLabel.Kind.CAPITAL, "", px - r.width() / 2,
                        py - r.height() / 2, r.width(), r.height(), px, py, 0, px, py, true));
            }
        }
        List<List<Candidate>> groups = new ArrayList<>();
        int[] seq = {0};
        List<Coordinate> centres = centres();
        if (zoom >= 8 && zoom <= 11) {
            for (int i = 0; i < districtSites.size(); i++) {
                DistrictSite site = districtSites.get(i);
                String text = site.district().name().in(language);
                Font f = BasemapStyle.font(PlacedLabel.Kind.DISTRICT, zoom);
                double[] m = measure(text, f);
                double cx = centres.get(i).x * scale, cy = centres.get(i).y * scale;
                // at the centre of the district, else (a park's label is there) a little above or below it
                List<Candidate> alternatives = new ArrayList<>();
                int s = seq[0]++;
                for (double[] d : DISTRICT_OFFSETS) {
                    double x = cx + d[0], y = cy + d[1];
                    PlacedLabel l = textAt(PlacedLabel.Kind.DISTRICT, text, x, y, m, 0, x, y, true);
                    if (holds(site, l.x(), l.y(), l.width(), l.height(), scale)) {
                        alternatives.add(new Candidate(l, 2, 0, s));
                    }
                }
                if (!alternatives.isEmpty()) {
                    groups.add(alternatives);
                }
            }
        }
        for (Place p : basemap.places()) {
            PlacedLabel.Kind kind = placeKind(p, zoom);
            String text = p.name().in(language);
            // a Chinese map names places in Chinese: GeoNames has no Chinese name for 62 lesser places, left out
            boolean untranslated = "zh".equals(language.getLanguage()) && p.name().zh().isEmpty();
            if (kind == null || text.isEmpty() || untranslated) {
                continue;
            }
            int rank = switch (kind) {
                case CAPITAL -> 1;
                case DISTRICT_SEAT -> 3;
                case TOWN -> 5;
                default -> 8;
            };
            groups.add(pointCandidates(kind, text, p.lon(), p.lat(), zoom, rank, p.population() + (p.inBeijing() ? 1L << 40 : 0), p.inBeijing(), seq));
        }
        for (int i = 0; i < basemap.water().size(); i++) {
            Water w = basemap.water().get(i);
            String text = w.name().in(language);
            if (text.isEmpty()) {
                continue;
            }
            Font f = BasemapStyle.font(PlacedLabel.Kind.WATER, zoom);
            double[] m = measure(text, f);
            if (w.isArea() && zoom >= 9) {
                Coordinate c = centres.get(districtSites.size() + i);
                double cx = c.x * scale, cy = c.y * scale;
                groups.add(List.of(new Candidate(textAt(PlacedLabel.Kind.WATER, text, cx, cy, m, 0, cx, cy, true), 4, 0, seq[0]++)));
            } else if (!w.isArea() && zoom >= 10) {
                for (PlacedLabel l : alongLine(text, m, geometry.water.get(i), scale)) {
                    groups.add(List.of(new Candidate(l, 6, 0, seq[0]++)));
                }
            }
        }
        if (zoom >= 14) {
            for (Station s : basemap.stations()) {
                if (!s.name().isEmpty()) {
                    groups.add(pointCandidates(PlacedLabel.Kind.STATION, s.name(), s.lon(), s.lat(), zoom,
                            7, s.kind() == Station.Kind.RAIL ? 1 : 0, true, seq));
                }
            }
        }
        groups.sort(Comparator.comparingInt((List<Candidate> g) -> g.get(0).rank())
                .thenComparing(g -> -g.get(0).weight()).thenComparingInt(g -> g.get(0).seq()));
        for (List<Candidate> alternatives : groups) {
            for (Candidate c : alternatives) {
                if (!out.blockers.meetsAny(c.label(), GAP)) {
                    out.blockers.add(c.label());
                    out.shown.add(c.label());
                    out.placed.add(c.label());
                    break;
                }
            }
        }
        return out;
    }

    /** The kind of label a place gets at a zoom, or null if it is not labelled there. */
    static PlacedLabel.Kind placeKind(Place p, int zoom) {
        return switch (p.rank()) {
            case CAPITAL -> zoom <= 10 ? PlacedLabel.Kind.CAPITAL : null;
            case DISTRICT_SEAT -> zoom >= 9 ? PlacedLabel.Kind.DISTRICT_SEAT : null;
            case TOWN -> zoom >= 11 ? PlacedLabel.Kind.TOWN : null;
            case VILLAGE -> zoom >= 13 ? PlacedLabel.Kind.VILLAGE : null;
        };
    }

    /** Dot radius of a place symbol, in pixels. */
    static double dotRadius(PlacedLabel.Kind kind) {
        return switch (kind) {
            case CAPITAL -> 4;
            case DISTRICT_SEAT -> 3;
            case STATION -> 3.5;
            default -> 2.2;
        };
    }

    /** A point's label to the right, left, above or below its symbol, in that order of preference. */
    private List<Candidate> pointCandidates(PlacedLabel.Kind kind, String text, double lon, double lat, int zoom,
                                            int rank, long weight, boolean inBeijing, int[] seq) {
        Font f = BasemapStyle.font(kind, zoom);
        double[] m = measure(text, f);
        double w = m[0], h = m[1] + m[2];
        double ax = WebMercator.lonToPixelX(lon, zoom), ay = WebMercator.latToPixelY(lat, zoom);
        double r = dotRadius(kind), pad = 3;
        double[][] centres = kind == PlacedLabel.Kind.CAPITAL
                ? new double[][] {{ax, ay - r - pad - h / 2}, {ax, ay + r + pad + h / 2}}
                : new double[][] {{ax + r + pad + w / 2, ay}, {ax - r - pad - w / 2, ay},
                    {ax, ay - r - pad - h / 2}, {ax, ay + r + pad + h / 2}};
        List<Candidate> out = new ArrayList<>();
        int s = seq[0]++;
        for (double[] c : centres) {
            PlacedLabel text0 = textAt(kind, text, c[0], c[1], m, 0, ax, ay, inBeijing);
            double x0 = Math.min(text0.x(), ax - r), y0 = Math.min(text0.y(), ay - r);
            double x1 = Math.max(text0.x() + text0.width(), ax + r), y1 = Math.max(text0.y() + text0.height(), ay + r);
            out.add(new Candidate(new PlacedLabel(kind, text, x0, y0, x1 - x0, y1 - y0, c[0], c[1], 0, ax, ay,
                    inBeijing), rank, weight, s));
        }
        return out;
    }

    /** A label whose text is centred at (cx, cy), rotated by angle; its box is the rotated text's bounding box. */
    static PlacedLabel textAt(PlacedLabel.Kind kind, String text, double cx, double cy, double[] m, double angle,
                              double ax, double ay, boolean inBeijing) {
        double w = m[0], h = m[1] + m[2];
        double cos = Math.abs(Math.cos(angle)), sin = Math.abs(Math.sin(angle));
        double bw = w * cos + h * sin, bh = w * sin + h * cos;
        return new PlacedLabel(kind, text, cx - bw / 2, cy - bh / 2, bw, bh, cx, cy, angle, ax, ay, inBeijing);
    }

    /** Labels along a river every {@link #RIVER_SPACING} pixels, where the river runs straight enough. */
    private List<PlacedLabel> alongLine(String text, double[] m, Geometry line, double scale) {
        List<PlacedLabel> out = new ArrayList<>();
        double w = m[0], h = m[1] + m[2];
        for (int g = 0; g < line.getNumGeometries(); g++) {
            Coordinate[] c = line.getGeometryN(g).getCoordinates();
            int n = c.length;
            double[] x = new double[n], y = new double[n], d = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = c[i].x * scale;
                y[i] = c[i].y * scale;
                d[i] = i == 0 ? 0 : d[i - 1] + Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
            }
            double length = d[n - 1];
            for (double at = RIVER_SPACING / 2; at + w / 2 < length; at += RIVER_SPACING) {
                if (at - w / 2 < 0) {
                    continue;
                }
                double[] a = pointAt(x, y, d, at - w / 2), b = pointAt(x, y, d, at + w / 2);
                double[] mid = pointAt(x, y, d, at);
                double chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
                if (chord < w * 0.9 || deviation(x, y, d, at - w / 2, at + w / 2, a, b) > h * 0.6) {
                    continue;
                }
                double angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
                if (angle > Math.PI / 2) {
                    angle -= Math.PI;
                } else if (angle < -Math.PI / 2) {
                    angle += Math.PI;
                }
                out.add(textAt(PlacedLabel.Kind.WATER, text, mid[0], mid[1], m, angle, mid[0], mid[1], true));
            }
        }
        return out;
    }

    private static double[] pointAt(double[] x, double[] y, double[] d, double at) {
        int i = 1;
        while (i < d.length - 1 && d[i] < at) {
            i++;
        }
        double seg = d[i] - d[i - 1];
        double t = seg == 0 ? 0 : (at - d[i - 1]) / seg;
        return new double[] {x[i - 1] + t * (x[i] - x[i - 1]), y[i - 1] + t * (y[i] - y[i - 1])};
    }

    /** The greatest distance of the line's vertices between two distances along it from the chord a-b. */
    private static double deviation(double[] x, double[] y, double[] d, double from, double to, double[] a, double[] b) {
        double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
        double max = 0;
        for (int i = 0; i < d.length; i++) {
            if (d[i] > from && d[i] < to) {
                double dist = Math.abs((b[0] - a[0]) * (a[1] - y[i]) - (a[0] - x[i]) * (b[1] - a[1])) / len;
                max = Math.max(max, dist);
            }
        }
        return max;
    }

    private static Geometry largestPart(Geometry g) {
        Geometry best = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > best.getArea()) {
                best = g.getGeometryN(i);
            }
        }
        return best;
    }

    /** Label boxes bucketed by 256-pixel cells, for overlap tests and window queries. */
    static final class Grid {
        private final Map<Long, List<PlacedLabel>> cells = new HashMap<>();

        void add(PlacedLabel l) {
            for (long cx = cell(l.x()); cx <= cell(l.x() + l.width()); cx++) {
                for (long cy = cell(l.y()); cy <= cell(l.y() + l.height()); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(l);
                }
            }
        }

        boolean meetsAny(PlacedLabel l, double gap) {
            return !within(l.x() - gap, l.y() - gap, l.width() + 2 * gap, l.height() + 2 * gap).isEmpty();
        }

        /** The boxes that meet a window, each once. */
        List<PlacedLabel> within(double left, double top, double w, double h) {
            Set<PlacedLabel> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<PlacedLabel> out = new ArrayList<>();
            for (long cx = cell(left); cx <= cell(left + w); cx++) {
                for (long cy = cell(top); cy <= cell(top + h); cy++) {
                    for (PlacedLabel l : cells.getOrDefault(key(cx, cy), List.of())) {
                        if (l.meets(left, top, w, h) && seen.add(l)) {
                            out.add(l);
                        }
                    }
                }
            }
            return out;
        }

        private static long cell(double v) {
            return (long) Math.floor(v / CELL);
        }

        private static long key(long cx, long cy) {
            return (cx << 32) ^ (cy & 0xFFFFFFFFL);
        }
    }
}

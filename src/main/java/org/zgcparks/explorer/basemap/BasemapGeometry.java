package org.zgcparks.explorer.basemap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.zgcparks.explorer.geo.WebMercator;

/**
 * The basemap's geometry made ready for drawing: projected to Web Mercator "world units" (pixels at zoom 0, so a
 * zoom-z pixel is a world unit times 2^z), simplified once per zoom level 7-14 to a third of a pixel (the data
 * holds nothing finer than what zoom 14 shows), cut into short pieces and put in one JTS {@link STRtree} per
 * level, so that a tile looks at only the pieces that cross it.
 *
 * <p>District lines are built from the districts' shared edges: an edge that two districts have in common is an
 * inner boundary, drawn once (not twice, which would double its ink); an edge of one district only is the city's
 * edge, whose closed rings are also the land. Both come from the same vertices, so they meet exactly (the pack's
 * shared vertices are identical in both neighbours).
 */
final class BasemapGeometry {

    static final int MIN_LEVEL = 7;
    static final int MAX_LEVEL = 14;
    /** The most vertices in one indexed line piece: a tile then draws little outside itself. */
    private static final int PIECE = 64;
    private static final double TOLERANCE_PX = 0.33;

    enum Layer { URBAN, RESERVOIR, RIVER_MAJOR, RIVER_MINOR, DISTRICT_LINE, CITY_LINE }

    /** One drawable piece in world units: a polygon's rings (even-odd) or a line. */
    record Item(Layer layer, double[][] parts, Envelope envelope) {
    }

    /** Everything drawn at one zoom level. */
    static final class Level {
        final STRtree index = new STRtree();
        /** The land (Beijing) as rings, for the veil over the outside; drawn only on tiles its edge crosses. */
        double[][] land;
        /** The city's edge alone, to tell tiles it crosses from tiles wholly inside or outside. */
        final STRtree edge = new STRtree();
    }

    private final GeometryFactory factory = new GeometryFactory();
    private final Map<Integer, Level> levels = new ConcurrentHashMap<>();
    private final IndexedPointInAreaLocator landLocator;
    private final boolean hasLand;
    /** The districts in world units (not simplified), for label fitting. */
    final List<Geometry> districts = new ArrayList<>();
    /** Water in world units (not simplified), for labels along rivers and inside reservoirs. */
    final List<Geometry> water = new ArrayList<>();

    BasemapGeometry(Basemap basemap) {
        for (District d : basemap.districts()) {
            districts.add(project(d.geometry()));
        }
        for (Water w : basemap.water()) {
            water.add(project(w.geometry()));
        }
        List<LineString> inner = new ArrayList<>();
        List<LineString> outer = new ArrayList<>();
        splitEdges(inner, outer);
        // the city's edge is made of closed rings (the district edges no neighbour shares): they are the land
        List<Polygon> shells = new ArrayList<>();
        for (LineString s : outer) {
            if (s.isClosed() && s.getNumPoints() >= 4) {
                shells.add(factory.createPolygon(s.getCoordinates()));
            }
        }
        Geometry land = factory.createMultiPolygon(shells.toArray(Polygon[]::new));
        hasLand = !land.isEmpty();
        landLocator = new IndexedPointInAreaLocator(land);
        landLocator.locate(new Coordinate(0, 0)); // builds its index now, not lazily on a tile thread
        urban = basemap.urban().stream().map(this::project).toList();
        this.inner = inner;
        this.outer = outer;
        this.source = basemap;
    }

    private final List<Geometry> urban;
    private final List<LineString> inner;
    private final List<LineString> outer;
    private final Basemap source;

    /** Simplifies and indexes one level; levels are made when first drawn, each once. */
    private Level build(int level) {
        double tol = TOLERANCE_PX / Math.pow(2, level);
        List<double[]> landRings = new ArrayList<>();
        Level l = new Level();
        for (Geometry u : urban) {
            addArea(l, Layer.URBAN, TopologyPreservingSimplifier.simplify(u, tol));
        }
        for (int i = 0; i < water.size(); i++) {
            Water w = source.water().get(i);
            Geometry g = water.get(i);
            if (w.isArea()) {
                addArea(l, Layer.RESERVOIR, TopologyPreservingSimplifier.simplify(g, tol));
            } else {
                Layer layer = w.kind() == Water.Kind.RIVER && isMajor(w) ? Layer.RIVER_MAJOR : Layer.RIVER_MINOR;
                addLines(l.index, layer, DouglasPeuckerSimplifier.simplify(g, tol));
            }
        }
        for (LineString s : inner) {
            addLines(l.index, Layer.DISTRICT_LINE, DouglasPeuckerSimplifier.simplify(s, tol));
        }
        for (LineString s : outer) {
            Geometry simple = DouglasPeuckerSimplifier.simplify(s, tol);
            addLines(l.index, Layer.CITY_LINE, simple);
            addLines(l.edge, Layer.CITY_LINE, simple);
            if (s.isClosed()) {
                landRings.add(xy(simple.getCoordinates()));
            }
        }
        l.land = landRings.toArray(double[][]::new);
        l.index.build();
        l.edge.build();
        return l;
    }

    /** Yongding, Sanggan and Luan are the big rivers (WDBII level 2 in the pack); the rest are drawn thinner. */
    private static boolean isMajor(Water w) {
        return switch (w.name().en()) {
            case "Wenyu River", "Chaobai River" -> false;
            default -> !w.name().en().isEmpty();
        };
    }

    /** The level whose simplification suits this zoom. */
    Level level(int zoom) {
        return levels.computeIfAbsent(Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, zoom)), this::build);
    }

    /** The pieces of this level whose envelope meets the window (in world units). */
    @SuppressWarnings("unchecked")
    static List<Item> query(STRtree tree, Envelope window) {
        return tree.query(window);
    }

    /**
     * Where a window (world units) lies relative to Beijing: {@link Location#INTERIOR} or
     * {@link Location#EXTERIOR} when the city's edge does not cross it, {@link Location#BOUNDARY} when it does.
     */
    int landLocation(Level level, Envelope window) {
        if (!hasLand) {
            return Location.EXTERIOR;
        }
        if (!query(level.edge, window).isEmpty()) {
            return Location.BOUNDARY;
        }
        int loc = landLocator.locate(window.centre());
        return loc == Location.BOUNDARY ? Location.INTERIOR : loc;
    }

    boolean onLand(double u, double v) {
        return hasLand && landLocator.locate(new Coordinate(u, v)) != Location.EXTERIOR;
    }

    Geometry project(Geometry g) {
        Geometry p = g.copy();
        p.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i), lat = seq.getY(i);
                seq.setOrdinate(i, 0, WebMercator.normalizedX(lon) * WebMercator.TILE_SIZE);
                seq.setOrdinate(i, 1, WebMercator.normalizedY(lat) * WebMercator.TILE_SIZE);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return p;
    }

    /**
     * Sorts the districts' ring segments into those two districts share (inner) and those of one (outer).
     * Kept by hand: JTS 1.20 finds a coverage's shared edges ({@code CoverageRingEdges}) only inside its own
     * package, for its coverage simplifier, whose Visvalingam–Whyatt lines would differ from the Douglas–Peucker
     * ones drawn here; counting each segment in a hash map is linear and short. JTS's {@link LineMerger} then
     * joins the segments into lines.
     */
    private void splitEdges(List<LineString> inner, List<LineString> outer) {
        Map<Segment, Integer> count = new HashMap<>();
        List<Segment> order = new ArrayList<>();
        for (Geometry d : districts) {
            for (double[] ring : rings(d)) {
                for (int i = 0; i + 3 < ring.length; i += 2) {
                    Segment s = Segment.of(ring[i], ring[i + 1], ring[i + 2], ring[i + 3]);
                    if (count.merge(s, 1, Integer::sum) == 1) {
                        order.add(s);
                    }
                }
            }
        }
        LineMerger innerMerger = new LineMerger();
        LineMerger outerMerger = new LineMerger();
        for (Segment s : order) {
            LineString line = factory.createLineString(new Coordinate[] {
                new Coordinate(s.x1, s.y1), new Coordinate(s.x2, s.y2)});
            (count.get(s) > 1 ? innerMerger : outerMerger).add(line);
        }
        addMerged(innerMerger.getMergedLineStrings(), inner);
        addMerged(outerMerger.getMergedLineStrings(), outer);
    }

    @SuppressWarnings("unchecked")
    private static void addMerged(Collection<?> merged, List<LineString> into) {
        into.addAll((Collection<LineString>) merged);
    }

    /** A segment with its ends in a fixed order, so that a shared edge walked either way is the same key. */
    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(double ax, double ay, double bx, double by) {
            return ax < bx || (ax == bx && ay <= by) ? new Segment(ax, ay, bx, by) : new Segment(bx, by, ax, ay);
        }
    }

    private static void addArea(Level l, Layer layer, Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                l.index.insert(p.getEnvelopeInternal(), new Item(layer, rings(p), p.getEnvelopeInternal()));
            }
        }
    }

    /**
     * Indexes a line in pieces of at most {@link #PIECE} vertices. Cut by hand rather than clipped to each tile
     * with JTS: the pieces keep what the index returns for a tile small, and the Graphics2D clip the renderer sets
     * drops the rest while rasterising, so no geometry is built per tile drawn.
     */
    private static void addLines(STRtree tree, Layer layer, Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Coordinate[] c = g.getGeometryN(i).getCoordinates();
            for (int start = 0; start < c.length - 1; start += PIECE - 1) {
                int end = Math.min(c.length, start + PIECE);
                double[] xy = new double[(end - start) * 2];
                Envelope env = new Envelope();
                for (int k = start; k < end; k++) {
                    xy[(k - start) * 2] = c[k].x;
                    xy[(k - start) * 2 + 1] = c[k].y;
                    env.expandToInclude(c[k]);
                }
                tree.insert(env, new Item(layer, new double[][] {xy}, env));
            }
        }
    }

    /** Every ring of every polygon of a geometry, as x,y arrays. */
    static double[][] rings(Geometry g) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                out.add(xy(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.add(xy(p.getInteriorRingN(h).getCoordinates()));
                }
            }
        }
        return out.toArray(double[][]::new);
    }

    private static double[] xy(Coordinate[] c) {
        double[] xy = new double[c.length * 2];
        for (int i = 0; i < c.length; i++) {
            xy[2 * i] = c[i].x;
            xy[2 * i + 1] = c[i].y;
        }
        return xy;
    }
}

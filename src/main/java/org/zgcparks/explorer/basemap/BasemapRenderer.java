package org.zgcparks.explorer.basemap;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.zgcparks.explorer.geo.WebMercator;

/**
 * Draws the offline basemap of Beijing with Java2D into any {@link Graphics2D}: a tile image, a larger picture, or
 * (through a Graphics2D-to-PDF bridge) a vector page where text stays text. Everything is drawn in the pixels of
 * a window of the map at an integer zoom whose top-left corner is at world pixel ({@code left}, {@code top}).
 *
 * <p>From bottom to top: the land, built-up areas, reservoirs and rivers (width grows with zoom), a grey veil over
 * everything outside Beijing, district boundaries (a quiet violet-grey line, dashed from zoom 12) and the city's
 * edge, station symbols (zoom 12+), then labels with white halos: the capital (to 10), district names inside their
 * district where they fit (once per district at zooms 8-11, then repeated on every third (from zoom 14 every fifth) 256-pixel tile where a
 * whole label fits inside both the tile and the district), district seats (9+), reservoirs (9+) and rivers along
 * their course (10+), towns (11+), villages (13+), station names (14+). Labels never overlap one another nor a
 * reserved park label ({@link #reserveParkLabels}); see {@link BasemapLabels} for why they are whole across tile
 * edges. No park is ever drawn here: the park layer draws parks.
 *
 * <p>Labels are in the renderer's language: Chinese names in zh, English in en, Russian for districts and rivers
 * in ru and the English (pinyin) name for the rest; stations have only their Chinese name. Geometry is looked up in
 * a JTS STRtree per zoom level and simplified per level ({@link BasemapGeometry}). Thread-safe: tiles may be drawn
 * on several threads at once.
 */
public final class BasemapRenderer {

    /** The zooms the basemap is designed for; outside them it still draws, with less on it. */
    public static final int MIN_ZOOM = BasemapLabels.MIN_ZOOM;
    public static final int MAX_ZOOM = BasemapLabels.MAX_ZOOM;
    /** How far beyond the window geometry is fetched, so that strokes run on across tile edges without a seam. */
    private static final double MARGIN = 12;
    /**
     * Repeated district labels go on tiles where (x + 2y) mod this is 0: a staggered, sparse pattern (one tile in
     * three at zooms 12-13, where a district spans a few tiles; one in five from 14).
     */
    private static int districtRepeat(int zoom) {
        return zoom >= 14 ? 5 : 3;
    }
    private static final int LOCAL_DISTRICT_ZOOM = 12;

    private final Basemap basemap;
    private final BasemapGeometry geometry;
    private final BasemapLabels labels;
    private final double[] stationXY;
    private final BasemapStyle.Palette palette;

    /**
     * Builds the drawing structures (projection, per-zoom simplification, indexes): do it off the UI thread. Draws in
     * the light palette; see {@link #withPalette}.
     */
    public BasemapRenderer(Basemap basemap, Locale language) {
        this.basemap = basemap;
        this.geometry = new BasemapGeometry(basemap);
        this.labels = new BasemapLabels(basemap, geometry, language);
        this.stationXY = new double[basemap.stations().size() * 2];
        for (int i = 0; i < basemap.stations().size(); i++) {
            Station s = basemap.stations().get(i);
            stationXY[2 * i] = WebMercator.normalizedX(s.lon()) * WebMercator.TILE_SIZE;
            stationXY[2 * i + 1] = WebMercator.normalizedY(s.lat()) * WebMercator.TILE_SIZE;
        }
        this.palette = BasemapStyle.Palette.LIGHT;
    }

    private BasemapRenderer(BasemapRenderer same, BasemapStyle.Palette palette) {
        this.basemap = same.basemap;
        this.geometry = same.geometry;
        this.labels = same.labels;
        this.stationXY = same.stationXY;
        this.palette = palette;
    }

    /**
     * The same map drawn in another palette (the dark theme's, say): shares every drawing structure and the
     * reserved park labels with this one, so it costs nothing to make.
     */
    public BasemapRenderer withPalette(BasemapStyle.Palette other) {
        return other.equals(palette) ? this : new BasemapRenderer(this, other);
    }

    public BasemapStyle.Palette palette() {
        return palette;
    }

    public Basemap basemap() {
        return basemap;
    }

    public Locale language() {
        return labels.language();
    }

    /** Keeps these boxes free of basemap labels from now on (the park layer's labels win over the basemap's). */
    public void reserveParkLabels(List<ReservedLabel> boxes) {
        labels.setReserved(boxes);
    }

    /**
     * Draws a window of the map, clipped to (0, 0, width, height) in the graphics' current space, and returns the
     * labels drawn in it (boxes in world pixels at this zoom).
     */
    public List<PlacedLabel> draw(Graphics2D graphics, int zoom, double left, double top, double width, double height) {
        return draw(graphics, zoom, left, top, width, height, l -> true);
    }

    /**
     * Draws a window as {@link #draw(Graphics2D, int, double, double, double, double)} does, with only the labels
     * that {@code keep} accepts (a fact sheet drops those its own labels, inset, legend or frame would meet).
     */
    public List<PlacedLabel> draw(Graphics2D graphics, int zoom, double left, double top, double width, double height,
                                  java.util.function.Predicate<PlacedLabel> keep) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.clip(new Rectangle2D.Double(0, 0, width, height));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (basemap.isEmpty()) {
                g.setColor(palette.outside());
                g.fill(new Rectangle2D.Double(0, 0, width, height));
                return List.of();
            }
            double scale = scale(zoom);
            Envelope env = new Envelope((left - MARGIN) / scale, (left + width + MARGIN) / scale,
                    (top - MARGIN) / scale, (top + height + MARGIN) / scale);
            BasemapGeometry.Level level = geometry.level(zoom);
            List<BasemapGeometry.Item> items = new ArrayList<>(BasemapGeometry.query(level.index, env));
            items.sort(Comparator.comparing(BasemapGeometry.Item::layer));
            g.setColor(palette.land());
            g.fill(new Rectangle2D.Double(0, 0, width, height));
            drawAreasAndWater(g, items, zoom, scale, left, top);
            drawVeil(g, level, env, scale, left, top, width, height);
            drawBoundaries(g, items, zoom, scale, left, top);
            if (zoom >= 12) {
                drawStations(g, zoom, scale, left, top, width, height);
            }
            List<PlacedLabel> drawn = labels(zoom, left, top, width, height).stream().filter(keep).toList();
            for (PlacedLabel l : drawn) {
                drawLabel(g, l, zoom, left, top);
            }
            return drawn;
        } finally {
            g.dispose();
        }
    }

    /** The labels {@link #draw} draws in this window, without drawing (boxes in world pixels at this zoom). */
    public List<PlacedLabel> labels(int zoom, double left, double top, double width, double height) {
        if (basemap.isEmpty() || zoom < MIN_ZOOM) {
            return List.of();
        }
        double pad = 4;
        BasemapLabels.ZoomLabels placed = labels.at(zoom);
        List<PlacedLabel> out = new ArrayList<>(placed.shown.within(left - pad, top - pad, width + 2 * pad,
                height + 2 * pad));
        if (zoom >= LOCAL_DISTRICT_ZOOM) {
            int t = WebMercator.TILE_SIZE;
            for (long tx = (long) Math.floor(left / t); tx <= (long) Math.floor((left + width) / t); tx++) {
                for (long ty = (long) Math.floor(top / t); ty <= (long) Math.floor((top + height) / t); ty++) {
                    PlacedLabel l = tileDistrictLabel(zoom, tx, ty, placed);
                    if (l != null && l.meets(left - pad, top - pad, width + 2 * pad, height + 2 * pad)) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The district name repeated on tile (tx, ty) at a high zoom: on one tile in three, centred a little below the
     * tile's middle, if the whole label lies inside the tile (so it never crosses a tile edge) and inside one
     * district, and meets no other label.
     */
    private PlacedLabel tileDistrictLabel(int zoom, long tx, long ty, BasemapLabels.ZoomLabels placed) {
        if (Math.floorMod(tx + 2 * ty, districtRepeat(zoom)) != 0) {
            return null;
        }
        int t = WebMercator.TILE_SIZE;
        double cx = tx * t + t / 2.0, cy = ty * t + t * 0.62;
        District d = labels.districtHolding(cx - 1, cy - 1, 2, 2, zoom);
        if (d == null) {
            return null;
        }
        String text = d.name().in(labels.language());
        double[] m = labels.measure(text, BasemapStyle.font(PlacedLabel.Kind.DISTRICT, zoom));
        PlacedLabel l = BasemapLabels.textAt(PlacedLabel.Kind.DISTRICT, text, cx, cy, m, 0, cx, cy, true);
        double inset = 4;
        boolean insideTile = l.x() >= tx * t + inset && l.x() + l.width() <= (tx + 1) * t - inset
                && l.y() >= ty * t + inset && l.y() + l.height() <= (ty + 1) * t - inset;
        if (!insideTile || labels.districtHolding(l.x(), l.y(), l.width(), l.height(), zoom) != d
                || placed.blockers.meetsAny(l, BasemapLabels.GAP)) {
            return null;
        }
        return l;
    }

    /**
     * The points (window pixels) where district or city lines run inside a window: the vertices and segment
     * midpoints of the indexed pieces, for tests that check the lines were drawn there.
     */
    List<double[]> boundaryPoints(int zoom, double left, double top, double width, double height) {
        double scale = scale(zoom);
        Envelope env = new Envelope(left / scale, (left + width) / scale, top / scale, (top + height) / scale);
        List<double[]> out = new ArrayList<>();
        for (BasemapGeometry.Item item : BasemapGeometry.query(geometry.level(zoom).index, env)) {
            if (item.layer() != BasemapGeometry.Layer.DISTRICT_LINE && item.layer() != BasemapGeometry.Layer.CITY_LINE) {
                continue;
            }
            double[] xy = item.parts()[0];
            for (int i = 0; i + 1 < xy.length; i += 2) {
                double x = xy[i] * scale - left, y = xy[i + 1] * scale - top;
                out.add(new double[] {x, y});
                if (i + 3 < xy.length) {
                    out.add(new double[] {(x + xy[i + 2] * scale - left) / 2, (y + xy[i + 3] * scale - top) / 2});
                }
            }
        }
        out.removeIf(p -> p[0] < 1 || p[1] < 1 || p[0] > width - 1 || p[1] > height - 1);
        return out;
    }

    private static double scale(int zoom) {
        return WebMercator.worldSize(zoom) / WebMercator.TILE_SIZE;
    }

    private void drawAreasAndWater(Graphics2D g, List<BasemapGeometry.Item> items, int zoom, double scale,
                                          double left, double top) {
        for (BasemapGeometry.Item item : items) {
            switch (item.layer()) {
                case URBAN -> {
                    g.setColor(palette.urban());
                    g.fill(path(item.parts(), scale, left, top, true));
                }
                case RESERVOIR -> {
                    Path2D p = path(item.parts(), scale, left, top, true);
                    g.setColor(palette.water());
                    g.fill(p);
                    g.setColor(palette.waterEdge());
                    g.setStroke(new BasicStroke(zoom >= 12 ? 1f : 0.6f));
                    g.draw(p);
                }
                case RIVER_MAJOR, RIVER_MINOR -> {
                    g.setColor(palette.water());
                    g.setStroke(new BasicStroke(BasemapStyle.riverWidth(zoom, item.layer() == BasemapGeometry.Layer.RIVER_MAJOR),
                            BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(path(item.parts(), scale, left, top, false));
                }
                default -> {
                }
            }
        }
    }

    /** Greys everything outside Beijing: the window minus the land, even-odd, only where the city's edge crosses. */
    private void drawVeil(Graphics2D g, BasemapGeometry.Level level, Envelope env, double scale, double left,
                          double top, double width, double height) {
        int where = geometry.landLocation(level, env);
        if (where == Location.INTERIOR) {
            return;
        }
        g.setColor(palette.outsideVeil());
        Rectangle2D window = new Rectangle2D.Double(-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN);
        if (where == Location.EXTERIOR) {
            g.fill(window);
            return;
        }
        Path2D.Double veil = path(level.land, scale, left, top, true);
        veil.append(window, false);
        g.fill(veil);
    }

    private void drawBoundaries(Graphics2D g, List<BasemapGeometry.Item> items, int zoom, double scale,
                                       double left, double top) {
        for (BasemapGeometry.Layer layer : List.of(BasemapGeometry.Layer.DISTRICT_LINE, BasemapGeometry.Layer.CITY_LINE)) {
            boolean city = layer == BasemapGeometry.Layer.CITY_LINE;
            List<Path2D> paths = new ArrayList<>();
            for (BasemapGeometry.Item item : items) {
                if (item.layer() == layer) {
                    paths.add(path(item.parts(), scale, left, top, false));
                }
            }
            g.setColor(city ? palette.cityGlow() : palette.districtGlow());
            g.setStroke(city ? BasemapStyle.cityGlow(zoom) : BasemapStyle.districtGlow(zoom));
            paths.forEach(g::draw);
            g.setColor(city ? palette.cityLine() : palette.districtLine());
            g.setStroke(city ? BasemapStyle.cityLine(zoom) : BasemapStyle.districtLine(zoom));
            paths.forEach(g::draw);
        }
    }

    private void drawStations(Graphics2D g, int zoom, double scale, double left, double top, double width,
                              double height) {
        double r = zoom >= 14 ? BasemapLabels.dotRadius(PlacedLabel.Kind.STATION) : zoom == 13 ? 2.4 : 1.8;
        g.setStroke(new BasicStroke(zoom >= 14 ? 1.4f : 1f));
        for (int i = 0; i < basemap.stations().size(); i++) {
            double x = stationXY[2 * i] * scale - left, y = stationXY[2 * i + 1] * scale - top;
            if (x < -r - 2 || y < -r - 2 || x > width + r + 2 || y > height + r + 2) {
                continue;
            }
            Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            boolean rail = basemap.stations().get(i).kind() == Station.Kind.RAIL;
            g.setColor(rail ? palette.rail() : palette.stationFill());
            g.fill(dot);
            g.setColor(rail ? palette.stationFill() : palette.subway());
            g.draw(dot);
        }
    }

    private void drawLabel(Graphics2D g, PlacedLabel l, int zoom, double left, double top) {
        if (l.hasDot()) {
            double r = BasemapLabels.dotRadius(l.kind());
            Ellipse2D dot = new Ellipse2D.Double(l.anchorX() - left - r, l.anchorY() - top - r, 2 * r, 2 * r);
            g.setColor(palette.stationFill());
            g.setStroke(new BasicStroke(1.2f));
            g.draw(dot);
            g.setColor(l.inBeijing() ? palette.placeDot() : palette.placeTextOutside());
            g.fill(dot);
        }
        Font font = BasemapStyle.font(l.kind(), zoom);
        AffineTransform saved = g.getTransform();
        try {
            g.translate(l.centreX() - left, l.centreY() - top);
            if (l.angle() != 0) {
                g.rotate(l.angle());
            }
            TextLayout layout = new TextLayout(l.text(), font, g.getFontRenderContext());
            float x = -layout.getAdvance() / 2;
            float y = (layout.getAscent() - layout.getDescent()) / 2;
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
            g.setColor(palette.halo());
            g.setStroke(new BasicStroke(BasemapStyle.haloWidth(l.kind()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(palette.text(l.kind(), l.inBeijing()));
            g.setFont(font);
            g.drawString(l.text(), x, y);
        } finally {
            g.setTransform(saved);
        }
    }

    /** Rings or lines in world units as a path in window pixels (even-odd, closed when they are rings). */
    static Path2D.Double path(double[][] parts, double scale, double left, double top, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] xy : parts) {
            p.moveTo(xy[0] * scale - left, xy[1] * scale - top);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i] * scale - left, xy[i + 1] * scale - top);
            }
            if (closed) {
                p.closePath();
            }
        }
        return p;
    }
}

package org.zgcparks.explorer.factsheet;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.basemap.PlacedLabel;
import org.zgcparks.explorer.geo.Bounds;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.tiles.Tile;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;

/**
 * Draws a fact sheet's map into the PDF as vector graphics (through PDFBox's Graphics2D, so lines stay lines and
 * text stays text in the sheet's embedded fonts): the offline basemap's Beijing (districts, water, places) wherever no
 * cached tile of the chosen source exists, cached tiles as images where they do, the park highlighted in its kind's
 * colour and its neighbours muted, labels for the park (always) and its neighbours, a north arrow, a scale bar, a
 * legend of the park kinds shown and a locator inset. No label meets another, the inset, the scale bar, the legend,
 * the north arrow or the frame ({@link SheetMapLabels}). One map tile pixel is printed {@value #POINTS_PER_TILE_PIXEL}
 * pt wide, so that basemap labels are legible on paper.
 */
final class ParkMapRenderer {

    static final double POINTS_PER_TILE_PIXEL = 0.6;
    private static final double INSET_POINTS_PER_PIXEL = 0.5;
    private static final Map<ParkKind, Color> KIND = Map.of(
            ParkKind.SUB_PARK, new Color(47, 109, 179), ParkKind.DEVELOPMENT_ZONE, new Color(214, 96, 32),
            ParkKind.SCIENCE_CITY, new Color(46, 139, 87), ParkKind.CLUSTER, new Color(139, 90, 43),
            ParkKind.SCIENCE_PARK, new Color(20, 140, 140), ParkKind.STREET, new Color(122, 92, 199),
            ParkKind.DISTINCTIVE_PARK, new Color(168, 122, 8), ParkKind.BONDED_ZONE, new Color(168, 122, 8));
    private static final Color MUTED = new Color(120, 120, 120);
    private static final Color NEIGHBOUR_TEXT = new Color(70, 70, 70);
    private static final Color HIGHLIGHT = new Color(200, 30, 30);
    private static final float PARK_TEXT = 8.5f;
    private static final float NEIGHBOUR_SIZE = 6.5f;
    private static final double MARKER_RADIUS_PT = 3.2;

    /**
     * What the sheet prints around a drawn map, and what was placed on it (boxes in the map's points, y down).
     *
     * @param left            the map's left edge, in world pixels at {@code zoom}
     * @param top             the map's top edge, in world pixels at {@code zoom}
     * @param sourceTilesUsed whether cached tiles of the chosen source were drawn (their credit is due)
     * @param basemapCredit   the offline basemap's credit line, due whenever it was drawn (empty if not)
     * @param furniture       the boxes of the inset, north arrow, scale bar and legend
     */
    record SheetMap(int zoom, double left, double top, double metresPerPoint, boolean sourceTilesUsed, String basemapCredit,
                    List<SheetMapLabels.Label> labels, List<Rectangle2D> furniture) {
    }

    /** A cached tile drawn as an image, where it lies in map points. */
    private record Raster(BufferedImage image, double x, double y) {
    }

    /** The locator inset's window: a zoom and its top-left world pixel. */
    private record InsetView(int zoom, double left, double top) {
    }

    private final TileSource tiles;
    private final BasemapRenderer basemap;
    private final Messages messages;
    private final Locale locale;
    /** The inset's background (basemap and every park) is the same on every page of a document: drawn once. */
    private PDDocument insetDocument;
    private List<Park> insetParks;
    private PDFormXObject insetBackground;

    /**
     * @param tiles   a service that never downloads (the cache, an MBTiles file, the offline basemap): fact sheets
     *                must not bulk-download tiles
     * @param basemap the offline basemap, in the sheet's language
     */
    ParkMapRenderer(TileSource tiles, BasemapRenderer basemap, Messages messages) {
        this.tiles = tiles;
        this.basemap = basemap;
        this.messages = messages;
        this.locale = messages.locale();
    }

    /**
     * Draws the park's map into the box of {@code w × h} points whose bottom-left corner is at (x, y) on the page.
     */
    SheetMap draw(PDDocument doc, PDPageContentStream cs, PdfFonts.DocumentFonts fonts, List<Park> parks, Park park,
                  float x, float y, float w, float h) throws IOException {
        double p = POINTS_PER_TILE_PIXEL, tw = w / p, th = h / p;
        Bounds b = boundsOf(park);
        int zoom = Math.max(8, (int) Math.floor(b.zoomToFit(tw, th, Math.min(tw, th) * 0.18, 16)));
        GeoPoint c = b.centre();
        double left = WebMercator.lonToPixelX(c.lon(), zoom) - tw / 2;
        double top = WebMercator.latToPixelY(c.lat(), zoom) - th / 2;
        double metresPerPoint = 156543.03392 * Math.cos(Math.toRadians(c.lat())) / Math.pow(2, zoom) / p;

        // ---- furniture first: the labels keep clear of it
        MapFurniture furniture = new MapFurniture(fonts);
        SheetMapLabels labels = new SheetMapLabels(w, h);
        double insetW = Math.min(120, w * 0.24), insetH = insetW * 0.78;
        Rectangle2D insetBox = new Rectangle2D.Double(w - insetW - 6 - 1.5, 6 - 1.5, insetW + 3, insetH + 3);
        Rectangle2D arrowBox = MapFurniture.northArrowBox(16, 30);
        MapFurniture.ScaleBar scale = MapFurniture.scaleBar(metresPerPoint, w * 0.28, messages);
        Rectangle2D scaleBox = furniture.scaleBarBox(scale, 8, h - 4);
        List<Park> inView = parks.stream().filter(q -> meets(q, zoom, left, top, tw, th)).toList();
        List<MapFurniture.Entry> legend = legend(inView, park);
        Rectangle2D legendBox = furniture.legendBox(legend, w - 4, h - 4);
        List<Rectangle2D> furnitureBoxes = List.of(insetBox, arrowBox, scaleBox, legendBox);
        furnitureBoxes.forEach(labels::avoid);

        // ---- labels: the park's own, its neighbours', then the basemap's that still fit
        double ax = (WebMercator.lonToPixelX(park.centre().lon(), zoom) - left) * p;
        double ay = (WebMercator.latToPixelY(park.centre().lat(), zoom) - top) * p;
        boolean marker = park.outline().isEmpty();
        if (marker) {
            labels.avoid(new Rectangle2D.Double(ax - MARKER_RADIUS_PT * 1.6, ay - MARKER_RADIUS_PT * 1.6,
                    MARKER_RADIUS_PT * 3.2, MARKER_RADIUS_PT * 3.2));
        }
        String own = shortName(park);
        labels.placePark(own, furniture.width(own, PARK_TEXT), PARK_TEXT, darker(KIND.getOrDefault(park.kind(), MUTED)),
                ax, ay, marker ? MARKER_RADIUS_PT * 1.6 : -1, true);
        for (Park q : inView.stream().filter(q -> !q.id().equals(park.id())).sorted(byImportance()).toList()) {
            double qx = (WebMercator.lonToPixelX(q.centre().lon(), zoom) - left) * p;
            double qy = (WebMercator.latToPixelY(q.centre().lat(), zoom) - top) * p;
            String name = shortName(q);
            labels.placePark(name, furniture.width(name, NEIGHBOUR_SIZE), NEIGHBOUR_SIZE, NEIGHBOUR_TEXT, qx, qy,
                    q.outline().isEmpty() ? MARKER_RADIUS_PT : -1, false);
        }
        List<Raster> rasters = cachedTiles(zoom, left, top, tw, th);
        List<Rectangle2D> rasterBoxes = rasters.stream().map(r -> (Rectangle2D) new Rectangle2D.Double(r.x() * p,
                r.y() * p, r.image().getWidth() * p, r.image().getHeight() * p)).toList();
        boolean allRaster = !rasters.isEmpty() && tilesNeeded(zoom, left, top, tw, th) == rasters.size();

        // ---- draw
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        try (SheetTextDrawer text = new SheetTextDrawer(fonts)) {
            g.setFontTextDrawer(text);
            hints(g);
            Graphics2D m = (Graphics2D) g.create();
            m.scale(p, p);
            if (!allRaster) {
                basemap.draw(m, zoom, left, top, tw, th, l -> labels.keepBasemapLabel(l.text(), box(l, left, top, p),
                        rasterBoxes));
            }
            for (Raster r : rasters) {
                m.drawImage(r.image(), (int) Math.round(r.x()), (int) Math.round(r.y()), null);
            }
            double pt = 1 / p;
            for (Park q : inView) {
                if (!q.id().equals(park.id())) {
                    drawPark(m, q, zoom, left, top, MUTED, 0.10f, 0.7 * pt, MARKER_RADIUS_PT * 0.8 * pt);
                }
            }
            drawPark(m, park, zoom, left, top, KIND.getOrDefault(park.kind(), MUTED), 0.28f, 1.8 * pt,
                    MARKER_RADIUS_PT * 1.3 * pt);
            m.dispose();
            for (SheetMapLabels.Label l : labels.placed()) {
                if (l.park()) {
                    drawParkLabel(g, l);
                }
            }
            furniture.drawNorthArrow(g, 16, 30);
            furniture.drawScaleBar(g, scale, 8, h - 4);
            furniture.drawLegend(g, legend, legendBox);
        } finally {
            g.dispose();
        }
        place(cs, g.getXFormObject(), x, y);
        drawInset(doc, cs, parks, park, zoom, left, top, tw, th, x + w - 6 - insetW, y + h - 6 - insetH, insetW, insetH);
        return new SheetMap(zoom, left, top, metresPerPoint, !rasters.isEmpty(), basemapCredit(), labels.placed(),
                furnitureBoxes);
    }

    /** The offline basemap's credit line, due on every map drawn with it (empty when there is no basemap). */
    String basemapCredit() {
        return basemap.basemap().isEmpty() ? "" : basemap.basemap().attribution();
    }

    /** The locator inset: Beijing and all parks (drawn once per document), this park in red, the map's extent boxed. */
    private void drawInset(PDDocument doc, PDPageContentStream cs, List<Park> parks, Park park, int mainZoom,
                           double mainLeft, double mainTop, double mainW, double mainH, double x, double y, double w,
                           double h) throws IOException {
        double q = INSET_POINTS_PER_PIXEL, tw = w / q, th = h / q;
        Bounds all = Bounds.of(parks);
        int zoom = Math.max(3, (int) Math.floor(all.zoomToFit(tw, th, 8, 12)));
        GeoPoint c = all.centre();
        InsetView v = new InsetView(zoom, WebMercator.lonToPixelX(c.lon(), zoom) - tw / 2,
                WebMercator.latToPixelY(c.lat(), zoom) - th / 2);
        if (insetDocument != doc || insetParks != parks) {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) w, (float) h);
            try {
                hints(g);
                g.scale(q, q);
                basemap.draw(g, v.zoom(), v.left(), v.top(), tw, th, l -> false);
                for (Park p : parks) {
                    drawPark(g, p, v.zoom(), v.left(), v.top(), MUTED, 0.25f, 0.6, 1.6);
                }
            } finally {
                g.dispose();
            }
            insetDocument = doc;
            insetParks = parks;
            insetBackground = g.getXFormObject();
        }
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect((float) (x - 1.5), (float) (y - 1.5), (float) (w + 3), (float) (h + 3));
        cs.fill();
        place(cs, insetBackground, x, y);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) w, (float) h);
        try {
            hints(g);
            g.scale(q, q);
            drawPark(g, park, v.zoom(), v.left(), v.top(), HIGHLIGHT, 0.8f, 1.2, 3.2);
            double s = Math.pow(2, v.zoom() - mainZoom);
            Rectangle2D.Double extent = new Rectangle2D.Double(mainLeft * s - v.left(), mainTop * s - v.top(),
                    mainW * s, mainH * s);
            if (extent.width > 4) {
                g.setColor(HIGHLIGHT);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(extent);
            }
            g.scale(1 / q, 1 / q);
            g.setColor(new Color(0x66, 0x66, 0x66));
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Rectangle2D.Double(0.25, 0.25, w - 0.5, h - 0.5));
        } finally {
            g.dispose();
        }
        place(cs, g.getXFormObject(), x, y);
    }

    private static void place(PDPageContentStream cs, PDFormXObject form, double x, double y) throws IOException {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance((float) x, (float) y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** A park's label: its text on a white plate that keeps it legible over any map. */
    private static void drawParkLabel(Graphics2D g, SheetMapLabels.Label l) {
        g.setColor(MapFurniture.PLATE);
        Rectangle2D b = l.box();
        g.fill(new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 2.5, 2.5));
        g.setColor(l.colour());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(l.size()));
        g.drawString(l.text(), (float) l.textX(), (float) l.baseline());
    }

    /** The kinds of the parks in view, in the order of {@link ParkKind}, each with its colour and name. */
    private List<MapFurniture.Entry> legend(List<Park> inView, Park park) {
        Set<ParkKind> kinds = EnumSet.of(park.kind());
        inView.forEach(q -> kinds.add(q.kind()));
        List<MapFurniture.Entry> out = new ArrayList<>();
        for (ParkKind k : kinds) {
            out.add(new MapFurniture.Entry(KIND.getOrDefault(k, MUTED), messages.get("kind." + k.id())));
        }
        return out;
    }

    /** Cached tiles of the chosen source over the window (none for the offline basemap source). */
    private List<Raster> cachedTiles(int zoom, double left, double top, double tw, double th) {
        List<Raster> out = new ArrayList<>();
        if (tiles.spec() instanceof TileSourceChoice.Offline) {
            return out;
        }
        long max = (1L << zoom) - 1;
        for (long ty = (long) Math.floor(top / 256); ty <= (long) Math.floor((top + th) / 256); ty++) {
            for (long tx = (long) Math.floor(left / 256); tx <= (long) Math.floor((left + tw) / 256); tx++) {
                if (tx < 0 || ty < 0 || tx > max || ty > max) {
                    continue;
                }
                try {
                    Tile tile = tiles.load(new TileKey(zoom, tx, ty)).get(15, TimeUnit.SECONDS);
                    if (tile.origin() != Tile.Origin.OFFLINE_BASEMAP) {
                        RasterTile r = tile.raster();
                        BufferedImage img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_ARGB);
                        img.setRGB(0, 0, r.width(), r.height(), r.argb(), 0, r.width());
                        out.add(new Raster(img, tx * 256 - left, ty * 256 - top));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return out;
                } catch (ExecutionException | TimeoutException e) {
                    // no tile: the basemap shows there
                }
            }
        }
        return out;
    }

    private static int tilesNeeded(int zoom, double left, double top, double tw, double th) {
        long max = (1L << zoom) - 1;
        int n = 0;
        for (long ty = (long) Math.floor(top / 256); ty <= (long) Math.floor((top + th) / 256); ty++) {
            for (long tx = (long) Math.floor(left / 256); tx <= (long) Math.floor((left + tw) / 256); tx++) {
                n += tx < 0 || ty < 0 || tx > max || ty > max ? 0 : 1;
            }
        }
        return n;
    }

    /** A basemap label's box in map points. */
    private static Rectangle2D box(PlacedLabel l, double left, double top, double p) {
        return new Rectangle2D.Double((l.x() - left) * p, (l.y() - top) * p, l.width() * p, l.height() * p);
    }

    private static boolean meets(Park q, int zoom, double left, double top, double tw, double th) {
        Bounds b = Bounds.of(q);
        double x0 = WebMercator.lonToPixelX(b.minLon(), zoom) - left, x1 = WebMercator.lonToPixelX(b.maxLon(), zoom) - left;
        double y0 = WebMercator.latToPixelY(b.maxLat(), zoom) - top, y1 = WebMercator.latToPixelY(b.minLat(), zoom) - top;
        return x1 >= -8 && y1 >= -8 && x0 <= tw + 8 && y0 <= th + 8;
    }

    /** Bigger kinds first, outlines before markers. */
    private static Comparator<Park> byImportance() {
        return Comparator.comparingInt((Park q) -> q.kind().ordinal()).thenComparing(q -> q.outline().isEmpty());
    }

    /** A park's name in the sheet's language, without a long name's trailing parenthesis. */
    String shortName(Park park) {
        String name = park.names().in(locale);
        int open = name.indexOf(" (");
        if (open < 0) {
            open = name.indexOf('（');
        }
        if (open <= 0 || !(name.endsWith(")") || name.endsWith("）"))) {
            return name;
        }
        String inside = name.substring(name.charAt(open) == ' ' ? open + 2 : open + 1, name.length() - 1);
        return open > 32 && !inside.isBlank() ? inside : name.substring(0, open);
    }

    private static void drawPark(Graphics2D g, Park p, int zoom, double left, double top, Color colour, float fillAlpha,
                                 double stroke, double markerRadius) {
        Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(fillAlpha * 255));
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (p.outline().isPresent()) {
            Path2D.Double path = OfflineBasemap.path(p.outline().get().parts(), zoom, left, top);
            g.setColor(fill);
            g.fill(path);
            g.setColor(colour);
            g.draw(path);
        } else {
            double x = WebMercator.lonToPixelX(p.centre().lon(), zoom) - left;
            double y = WebMercator.latToPixelY(p.centre().lat(), zoom) - top;
            Ellipse2D.Double dot = new Ellipse2D.Double(x - markerRadius, y - markerRadius, 2 * markerRadius, 2 * markerRadius);
            g.setColor(fill.getAlpha() < 128 ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 160) : colour);
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
    }

    private static Color darker(Color c) {
        return new Color((int) (c.getRed() * 0.7), (int) (c.getGreen() * 0.7), (int) (c.getBlue() * 0.7));
    }

    /** The park's box; a marker's is about a kilometre around it. */
    static Bounds boundsOf(Park p) {
        return p.outline().isPresent() ? Bounds.of(p) : Bounds.of(p).grow(0.01);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}

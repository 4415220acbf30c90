package org.zgcparks.explorer.factsheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.zgcparks.explorer.geo.Bounds;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.tiles.Tile;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TileService;

/**
 * Draws a fact sheet's maps with Java2D, off screen: the park's map (tiles from the cache or an MBTiles file,
 * else the offline basemap; the park highlighted, its neighbours muted) and the locator inset (the park among all
 * parks of Beijing). Images are made at 300 dpi for the size they are printed at; one map tile pixel is printed
 * {@value #POINTS_PER_TILE_PIXEL} pt wide, so that map labels stay legible on paper.
 */
final class ParkMapRenderer {

    static final double DPI = 300;
    static final double POINTS_PER_TILE_PIXEL = 0.6;
    private static final Map<ParkKind, Color> KIND = Map.of(
            ParkKind.SUB_PARK, new Color(47, 109, 179), ParkKind.DEVELOPMENT_ZONE, new Color(214, 96, 32),
            ParkKind.SCIENCE_CITY, new Color(46, 139, 87), ParkKind.CLUSTER, new Color(139, 90, 43),
            ParkKind.SCIENCE_PARK, new Color(20, 140, 140), ParkKind.STREET, new Color(122, 92, 199),
            ParkKind.DISTINCTIVE_PARK, new Color(168, 122, 8), ParkKind.BONDED_ZONE, new Color(168, 122, 8));
    private static final Color MUTED = new Color(120, 120, 120);

    /** A rendered map and what the sheet prints around it. */
    record MapImage(BufferedImage image, int zoom, double left, double top, double tilePixelsWide,
                    double metresPerPoint, boolean sourceTilesUsed) {
    }

    private final TileService tiles;
    private final OfflineBasemap basemap;

    /**
     * @param tiles a service that never downloads (the cache, an MBTiles file, the offline basemap): fact sheets
     *              must not bulk-download tiles
     */
    ParkMapRenderer(TileService tiles, OfflineBasemap basemap) {
        this.tiles = tiles;
        this.basemap = basemap;
    }

    /** The park's map for a box of {@code widthPt × heightPt} points. */
    MapImage parkMap(List<Park> allParks, Park park, double widthPt, double heightPt) {
        double tw = widthPt / POINTS_PER_TILE_PIXEL, th = heightPt / POINTS_PER_TILE_PIXEL;
        Bounds b = boundsOf(park);
        int zoom = (int) Math.floor(b.zoomToFit(tw, th, Math.min(tw, th) * 0.18, 16));
        zoom = Math.max(8, zoom);
        GeoPoint c = b.centre();
        double left = WebMercator.lonToPixelX(c.lon(), zoom) - tw / 2;
        double top = WebMercator.latToPixelY(c.lat(), zoom) - th / 2;
        int iw = (int) Math.round(widthPt / 72 * DPI), ih = (int) Math.round(heightPt / 72 * DPI);
        double k = iw / tw;
        BufferedImage img = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        boolean sourceTiles;
        try {
            hints(g);
            g.scale(k, k);
            sourceTiles = drawTiles(g, zoom, left, top, tw, th);
            double stroke = 1 / k * DPI / 72; // one point, in tile pixels
            for (Park other : allParks) {
                if (!other.id().equals(park.id())) {
                    drawPark(g, other, zoom, left, top, MUTED, 0.10f, 0.8 * stroke, 3 * stroke);
                }
            }
            drawNeighbourLabels(g, allParks, park, zoom, left, top, tw, th, stroke);
            drawPark(g, park, zoom, left, top, KIND.getOrDefault(park.kind(), MUTED), 0.30f, 2.2 * stroke, 5 * stroke);
        } finally {
            g.dispose();
        }
        double metresPerTilePixel = 156543.03392 * Math.cos(Math.toRadians(c.lat())) / Math.pow(2, zoom);
        return new MapImage(img, zoom, left, top, tw, metresPerTilePixel / POINTS_PER_TILE_PIXEL, sourceTiles);
    }

    /** The locator inset: Beijing's parks on the offline basemap, this park in red, the main map's extent boxed. */
    BufferedImage locator(List<Park> allParks, Park park, MapImage main, double widthPt, double heightPt) {
        Bounds all = Bounds.of(allParks);
        int iw = (int) Math.round(widthPt / 72 * DPI), ih = (int) Math.round(heightPt / 72 * DPI);
        double tw = iw / 2.0, th = ih / 2.0;
        int zoom = Math.max(3, (int) Math.floor(all.zoomToFit(tw, th, 8, 12)));
        GeoPoint c = all.centre();
        double left = WebMercator.lonToPixelX(c.lon(), zoom) - tw / 2;
        double top = WebMercator.latToPixelY(c.lat(), zoom) - th / 2;
        BufferedImage img = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            hints(g);
            g.scale(2, 2);
            g.drawImage(basemap.renderImage(zoom, left, top, (int) Math.ceil(tw), (int) Math.ceil(th)), 0, 0, null);
            for (Park p : allParks) {
                if (!p.id().equals(park.id())) {
                    drawPark(g, p, zoom, left, top, MUTED, 0.25f, 0.6, 1.6);
                }
            }
            drawPark(g, park, zoom, left, top, new Color(200, 30, 30), 0.8f, 1.2, 3.2);
            // the main map's extent
            double scale = Math.pow(2, zoom - main.zoom());
            Rectangle2D.Double box = new Rectangle2D.Double(main.left() * scale - left, main.top() * scale - top,
                    main.tilePixelsWide() * scale, main.image().getHeight() * (main.tilePixelsWide() / main.image().getWidth()) * scale);
            g.setColor(new Color(200, 30, 30));
            g.setStroke(new BasicStroke(0.8f));
            if (box.width > 4) {
                g.draw(box);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private boolean drawTiles(Graphics2D g, int zoom, double left, double top, double tw, double th) {
        boolean source = false;
        long max = (1L << zoom) - 1;
        for (long ty = (long) Math.floor(top / 256); ty <= (long) Math.floor((top + th) / 256); ty++) {
            for (long tx = (long) Math.floor(left / 256); tx <= (long) Math.floor((left + tw) / 256); tx++) {
                if (tx < 0 || ty < 0 || tx > max || ty > max) {
                    continue;
                }
                TileKey key = new TileKey(zoom, tx, ty);
                RasterTile raster;
                try {
                    Tile tile = tiles.load(key).get(15, TimeUnit.SECONDS);
                    raster = tile.raster();
                    source |= tile.origin() != Tile.Origin.OFFLINE_BASEMAP;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    raster = basemap.render(key);
                } catch (ExecutionException | TimeoutException e) {
                    raster = basemap.render(key);
                }
                BufferedImage t = new BufferedImage(raster.width(), raster.height(), BufferedImage.TYPE_INT_ARGB);
                t.setRGB(0, 0, raster.width(), raster.height(), raster.argb(), 0, raster.width());
                g.drawImage(t, (int) Math.round(tx * 256 - left), (int) Math.round(ty * 256 - top), null);
            }
        }
        return source;
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

    /**
     * Small grey names of the neighbours whose centre is in view, larger parks first, never overlapping each other
     * or the highlighted park's centre (English: the image's own font may have no Chinese).
     */
    private static void drawNeighbourLabels(Graphics2D g, List<Park> parks, Park park, int zoom, double left, double top,
                                            double tw, double th, double pt) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) (6.5 * pt)));
        g.setColor(new Color(70, 70, 70));
        java.awt.FontMetrics fm = g.getFontMetrics();
        List<Rectangle2D> taken = new java.util.ArrayList<>();
        double px = WebMercator.lonToPixelX(park.centre().lon(), zoom) - left;
        double py = WebMercator.latToPixelY(park.centre().lat(), zoom) - top;
        taken.add(new Rectangle2D.Double(px - 20 * pt, py - 8 * pt, 40 * pt, 16 * pt));
        List<Park> byRank = parks.stream().filter(p -> !p.id().equals(park.id()))
                .sorted(java.util.Comparator.comparingInt((Park p) -> p.kind().ordinal())
                        .thenComparing(p -> p.outline().isEmpty()))
                .toList();
        for (Park p : byRank) {
            double x = WebMercator.lonToPixelX(p.centre().lon(), zoom) - left + 4 * pt;
            double y = WebMercator.latToPixelY(p.centre().lat(), zoom) - top - 3 * pt;
            String name = p.names().en();
            Rectangle2D r = new Rectangle2D.Double(x - pt, y - fm.getAscent() - pt, fm.stringWidth(name) + 2 * pt,
                    fm.getHeight() + 2 * pt);
            boolean inside = r.getMinX() > 0 && r.getMinY() > 0 && r.getMaxX() < tw && r.getMaxY() < th;
            if (inside && taken.stream().noneMatch(r::intersects)) {
                taken.add(r);
                g.drawString(name, (float) x, (float) y);
            }
        }
    }

    /** The park's box; a marker's is about a kilometre around it. */
    static Bounds boundsOf(Park p) {
        return p.outline().isPresent() ? Bounds.of(p) : Bounds.of(p).grow(0.01);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}

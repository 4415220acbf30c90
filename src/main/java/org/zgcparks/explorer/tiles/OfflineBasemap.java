package org.zgcparks.explorer.tiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/**
 * Draws the map's offline basemap: a light background, a graticule whose spacing follows the zoom, and the
 * outlines of the parks the dataset knows. Pure Java2D on an off-screen image, so it runs on any thread and on
 * machines without a display; it is what the map shows wherever no real tile can be had.
 */
public final class OfflineBasemap {

    static final Color BACKGROUND = new Color(0xF3, 0xF0, 0xE8);
    static final Color GRATICULE = new Color(0xDA, 0xD3, 0xC4);
    static final Color GRATICULE_MAJOR = new Color(0xC8, 0xBF, 0xAC);
    static final Color PARK_FILL = new Color(0xEC, 0xE7, 0xDA);
    static final Color PARK_EDGE = new Color(0xB9, 0xAE, 0x98);

    private static final double[] SPACINGS = {10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005};

    private volatile List<List<Ring>> outlines = List.of();

    /** Uses the outlines of these parks from now on. */
    public void setParks(List<Park> parks) {
        this.outlines = parks.stream().filter(p -> p.outline().isPresent())
                .map(p -> p.outline().get().parts()).toList();
    }

    /** Renders one 256-pixel tile. */
    public RasterTile render(TileKey key) {
        int size = WebMercator.TILE_SIZE;
        BufferedImage img = renderImage(key.zoom(), key.x() * (double) size, key.y() * (double) size, size, size);
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        return new RasterTile(size, size, argb);
    }

    /**
     * Renders a window of the map at an integer zoom, whose top-left corner is at world pixel ({@code left},
     * {@code top}). Used for tiles and for larger images such as fact-sheet maps.
     */
    public BufferedImage renderImage(int zoom, double left, double top, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            drawGraticule(g, zoom, left, top, width, height);
            drawParks(g, zoom, left, top);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The graticule spacing in degrees at a zoom: the smallest step that leaves lines at least ~96 px apart. */
    static double graticuleSpacing(int zoom) {
        double degPerPx = 360.0 / WebMercator.worldSize(zoom);
        double chosen = SPACINGS[0];
        for (double s : SPACINGS) {
            if (s / degPerPx >= 96) {
                chosen = s;
            }
        }
        return chosen;
    }

    private static void drawGraticule(Graphics2D g, int zoom, double left, double top, int w, int h) {
        double step = graticuleSpacing(zoom);
        double lonMin = WebMercator.pixelXToLon(left, zoom);
        double lonMax = WebMercator.pixelXToLon(left + w, zoom);
        double latMax = WebMercator.pixelYToLat(top, zoom);
        double latMin = WebMercator.pixelYToLat(top + h, zoom);
        g.setStroke(new BasicStroke(1f));
        for (double lon = Math.floor(lonMin / step) * step; lon <= lonMax; lon += step) {
            double x = WebMercator.lonToPixelX(lon, zoom) - left;
            g.setColor(isMajor(lon, step) ? GRATICULE_MAJOR : GRATICULE);
            g.draw(new Line2D.Double(x, 0, x, h));
        }
        for (double lat = Math.floor(latMin / step) * step; lat <= latMax; lat += step) {
            double y = WebMercator.latToPixelY(lat, zoom) - top;
            g.setColor(isMajor(lat, step) ? GRATICULE_MAJOR : GRATICULE);
            g.draw(new Line2D.Double(0, y, w, y));
        }
    }

    private static boolean isMajor(double value, double step) {
        double major = step * 5;
        double r = Math.abs(value / major - Math.rint(value / major));
        return r < 1e-6;
    }

    private void drawParks(Graphics2D g, int zoom, double left, double top) {
        g.setStroke(new BasicStroke(zoom >= 12 ? 1.5f : 1f));
        for (List<Ring> parts : outlines) {
            Path2D.Double path = path(parts, zoom, left, top);
            g.setColor(PARK_FILL);
            g.fill(path);
            g.setColor(PARK_EDGE);
            g.draw(path);
        }
    }

    /**
     * An outline's rings as a Java2D path in the pixels of a map window at an integer zoom whose top-left corner is
     * world pixel ({@code left}, {@code top}); holes and separate parts follow the even-odd rule.
     */
    public static Path2D.Double path(List<Ring> parts, int zoom, double left, double top) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Ring ring : parts) {
            boolean first = true;
            for (GeoPoint p : ring.points()) {
                double x = WebMercator.lonToPixelX(p.lon(), zoom) - left;
                double y = WebMercator.latToPixelY(p.lat(), zoom) - top;
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }
}

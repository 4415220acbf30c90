package org.zgcparks.explorer.geo;

import java.util.Collection;
import java.util.List;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/** A latitude/longitude box. */
public record Bounds(double minLat, double minLon, double maxLat, double maxLon) {

    public static Bounds of(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points");
        }
        double minLat = Double.POSITIVE_INFINITY, minLon = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        for (GeoPoint p : points) {
            minLat = Math.min(minLat, p.lat());
            maxLat = Math.max(maxLat, p.lat());
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
        }
        return new Bounds(minLat, minLon, maxLat, maxLon);
    }

    /** The box of a park's outline, or of its marker's position. */
    public static Bounds of(Park park) {
        return of(park.outline().map(o -> o.parts().stream().map(Ring::points).flatMap(List::stream).toList())
                .orElse(List.of(park.centre())));
    }

    /** The box of several parks. */
    public static Bounds of(List<Park> parks) {
        Bounds b = null;
        for (Park p : parks) {
            b = b == null ? of(p) : b.union(of(p));
        }
        return b;
    }

    /** This box grown by {@code degrees} on every side. */
    public Bounds grow(double degrees) {
        return new Bounds(minLat - degrees, minLon - degrees, maxLat + degrees, maxLon + degrees);
    }

    public Bounds union(Bounds o) {
        return new Bounds(Math.min(minLat, o.minLat), Math.min(minLon, o.minLon),
                Math.max(maxLat, o.maxLat), Math.max(maxLon, o.maxLon));
    }

    public GeoPoint centre() {
        // the centre in projected space, so that the box is centred on screen
        double y = (WebMercator.normalizedY(minLat) + WebMercator.normalizedY(maxLat)) / 2;
        return new GeoPoint(WebMercator.pixelYToLat(y * WebMercator.TILE_SIZE, 0), (minLon + maxLon) / 2);
    }

    public boolean contains(GeoPoint p) {
        return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
    }

    /**
     * The largest zoom (capped at {@code maxZoom}) at which this box fits a viewport of the given size
     * with {@code padding} pixels on each side.
     */
    public double zoomToFit(double width, double height, double padding, double maxZoom) {
        double spanX = Math.max(WebMercator.normalizedX(maxLon) - WebMercator.normalizedX(minLon), 1e-9);
        double spanY = Math.max(WebMercator.normalizedY(minLat) - WebMercator.normalizedY(maxLat), 1e-9);
        double zx = WebMercator.zoomToFit(spanX, Math.max(1, width - 2 * padding));
        double zy = WebMercator.zoomToFit(spanY, Math.max(1, height - 2 * padding));
        return Math.min(maxZoom, Math.min(zx, zy));
    }
}

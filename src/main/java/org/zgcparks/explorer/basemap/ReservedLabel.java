package org.zgcparks.explorer.basemap;

/**
 * Room kept free for a label drawn over the basemap by someone else (a park's label, which has priority): a box of
 * {@code width} x {@code height} screen pixels centred on a point, from a zoom on. No basemap label is placed there.
 */
public record ReservedLabel(double lon, double lat, double width, double height, int minZoom) {
}

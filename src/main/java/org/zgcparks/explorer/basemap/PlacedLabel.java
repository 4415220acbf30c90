package org.zgcparks.explorer.basemap;

/**
 * A label the basemap renderer placed, in world pixels at the zoom it was placed for (x grows east, y south, from
 * the top-left corner of the world at that zoom, as in {@link org.zgcparks.explorer.geo.WebMercator}).
 *
 * @param kind      what it names
 * @param text      the text drawn, in the renderer's language
 * @param x         the left edge of the box that holds the text (and the place's dot), rotated labels included
 * @param y         the top edge of that box
 * @param width     the box's width
 * @param height    the box's height
 * @param centreX   the centre of the text itself
 * @param centreY   the centre of the text itself
 * @param angle     the text's rotation in radians (rivers), 0 for horizontal text
 * @param anchorX   the named point (a place's position; the text's centre for areas and lines)
 * @param anchorY   the named point
 * @param inBeijing whether the feature lies in Beijing (outside, place names are greyed)
 */
public record PlacedLabel(Kind kind, String text, double x, double y, double width, double height, double centreX,
                          double centreY, double angle, double anchorX, double anchorY, boolean inBeijing) {

    /** What a label names, most important first. */
    public enum Kind { CAPITAL, DISTRICT, DISTRICT_SEAT, WATER, TOWN, STATION, VILLAGE }

    /** Whether the two boxes overlap (touching edges do not). */
    public boolean overlaps(PlacedLabel o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    /** Whether this box meets the window [left, left+w) x [top, top+h). */
    public boolean meets(double left, double top, double w, double h) {
        return x < left + w && left < x + width && y < top + h && top < y + height;
    }

    /** Whether a place's dot is drawn at the anchor, beside the text. */
    public boolean hasDot() {
        return kind == Kind.DISTRICT_SEAT || kind == Kind.TOWN || kind == Kind.VILLAGE || kind == Kind.CAPITAL;
    }
}

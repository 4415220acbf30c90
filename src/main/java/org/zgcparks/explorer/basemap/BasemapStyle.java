package org.zgcparks.explorer.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The basemap's palette and type, kept quiet so that the coloured parks drawn over it stand out: near-white land,
 * a warm grey tint for built-up areas, a greyed veil over everything outside Beijing, desaturated blue water and
 * muted violet-grey district lines, in the manner of OpenStreetMap Carto's administrative boundaries and CartoDB
 * Positron's light, low-contrast ground. No colour here is close to a park kind's colour.
 */
public final class BasemapStyle {

    public static final Color LAND = new Color(0xF7, 0xF5, 0xF0);
    public static final Color URBAN = new Color(0xEC, 0xE8, 0xE1);
    /** Laid over everything outside Beijing (and over the whole map where there is no data). */
    public static final Color OUTSIDE = new Color(0xDF, 0xDE, 0xDA);
    static final Color OUTSIDE_VEIL = new Color(0xD6, 0xD5, 0xD1, 0xB0);
    public static final Color WATER = new Color(0xB5, 0xD0, 0xE1);
    static final Color WATER_EDGE = new Color(0x9C, 0xBE, 0xD5);
    public static final Color DISTRICT_LINE = new Color(0xA8, 0x9C, 0xB8);
    static final Color DISTRICT_GLOW = new Color(0xA8, 0x9C, 0xB8, 0x38);
    public static final Color CITY_LINE = new Color(0x8E, 0x7F, 0xA3);
    static final Color CITY_GLOW = new Color(0x8E, 0x7F, 0xA3, 0x40);

    static final Color DISTRICT_TEXT = new Color(0x7C, 0x6C, 0x8E);
    static final Color PLACE_TEXT = new Color(0x3A, 0x3A, 0x3A);
    static final Color PLACE_TEXT_OUTSIDE = new Color(0x85, 0x85, 0x85);
    static final Color PLACE_DOT = new Color(0x55, 0x55, 0x55);
    static final Color WATER_TEXT = new Color(0x4B, 0x78, 0x98);
    static final Color STATION_TEXT = new Color(0x50, 0x5E, 0x6E);
    static final Color RAIL = new Color(0x5A, 0x5A, 0x66);
    static final Color SUBWAY = new Color(0x6F, 0x86, 0xA0);
    static final Color HALO = new Color(0xFF, 0xFF, 0xFF, 0xE6);

    private static final String FAMILY = Font.SANS_SERIF;

    private BasemapStyle() {
    }

    /** The width of a river line in pixels at a zoom: a hairline at 7, a few pixels at street level. */
    static float riverWidth(int zoom, boolean major) {
        double w = 0.5 * Math.pow(1.32, Math.max(0, zoom - 7));
        return (float) Math.min(major ? 9 : 6, major ? w * 1.5 : w);
    }

    static BasicStroke districtLine(int zoom) {
        float w = zoom <= 9 ? 0.8f : zoom <= 12 ? 1.1f : 1.4f;
        if (zoom >= 12) {
            return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 3f}, 0f);
        }
        return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke districtGlow(int zoom) {
        return new BasicStroke(zoom <= 9 ? 2.5f : zoom <= 12 ? 4f : 6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke cityLine(int zoom) {
        return new BasicStroke(zoom <= 9 ? 1.3f : 1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke cityGlow(int zoom) {
        return new BasicStroke(zoom <= 9 ? 4f : 7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Font font(PlacedLabel.Kind kind, int zoom) {
        return switch (kind) {
            case CAPITAL -> new Font(FAMILY, Font.BOLD, zoom <= 8 ? 14 : 16);
            case DISTRICT -> new Font(FAMILY, Font.BOLD, zoom <= 9 ? 12 : zoom <= 12 ? 14 : 15);
            case DISTRICT_SEAT -> new Font(FAMILY, Font.BOLD, zoom <= 10 ? 12 : 13);
            case TOWN -> new Font(FAMILY, Font.PLAIN, zoom <= 12 ? 11 : 12);
            case VILLAGE -> new Font(FAMILY, Font.PLAIN, 11);
            case WATER -> new Font(FAMILY, Font.ITALIC, zoom <= 11 ? 11 : 12);
            case STATION -> new Font(FAMILY, Font.PLAIN, 10);
        };
    }

    static Color textColour(PlacedLabel.Kind kind, boolean inBeijing) {
        return switch (kind) {
            case DISTRICT -> DISTRICT_TEXT;
            case WATER -> WATER_TEXT;
            case STATION -> STATION_TEXT;
            default -> inBeijing ? PLACE_TEXT : PLACE_TEXT_OUTSIDE;
        };
    }

    /** The halo's width around a label's letters, in pixels. */
    static float haloWidth(PlacedLabel.Kind kind) {
        return kind == PlacedLabel.Kind.STATION || kind == PlacedLabel.Kind.VILLAGE ? 2.5f : 3.2f;
    }
}

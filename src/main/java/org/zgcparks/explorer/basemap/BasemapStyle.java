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

    /**
     * The colours of one look of the basemap. {@link #LIGHT} is the map as it always was; {@link #DARK} the same
     * design for the dark theme: dark ground, lighter lines and text, dark halos, with the same order of emphasis
     * (water and districts quiet, place names the most legible) and still no colour close to a park kind's.
     */
    public record Palette(Color land, Color urban, Color outside, Color outsideVeil, Color water, Color waterEdge,
                          Color districtLine, Color districtGlow, Color cityLine, Color cityGlow, Color districtText,
                          Color placeText, Color placeTextOutside, Color placeDot, Color waterText, Color stationText,
                          Color rail, Color subway, Color stationFill, Color halo) {

        public static final Palette LIGHT = new Palette(new Color(0xF7, 0xF5, 0xF0), new Color(0xEC, 0xE8, 0xE1),
                new Color(0xDF, 0xDE, 0xDA), new Color(0xD6, 0xD5, 0xD1, 0xB0), new Color(0xB5, 0xD0, 0xE1),
                new Color(0x9C, 0xBE, 0xD5), new Color(0xA8, 0x9C, 0xB8), new Color(0xA8, 0x9C, 0xB8, 0x38),
                new Color(0x8E, 0x7F, 0xA3), new Color(0x8E, 0x7F, 0xA3, 0x40), new Color(0x7C, 0x6C, 0x8E),
                new Color(0x3A, 0x3A, 0x3A), new Color(0x85, 0x85, 0x85), new Color(0x55, 0x55, 0x55),
                new Color(0x4B, 0x78, 0x98), new Color(0x50, 0x5E, 0x6E), new Color(0x5A, 0x5A, 0x66),
                new Color(0x6F, 0x86, 0xA0), Color.WHITE, new Color(0xFF, 0xFF, 0xFF, 0xE6));

        public static final Palette DARK = new Palette(new Color(0x26, 0x29, 0x2E), new Color(0x30, 0x33, 0x39),
                new Color(0x1B, 0x1D, 0x21), new Color(0x16, 0x18, 0x1B, 0xB0), new Color(0x1F, 0x3A, 0x4E),
                new Color(0x2E, 0x50, 0x68), new Color(0x7A, 0x6E, 0x8E), new Color(0x7A, 0x6E, 0x8E, 0x38),
                new Color(0x9A, 0x8C, 0xB2), new Color(0x9A, 0x8C, 0xB2, 0x40), new Color(0xA9, 0x9C, 0xBE),
                new Color(0xDC, 0xDC, 0xDC), new Color(0x8C, 0x8C, 0x8C), new Color(0xC8, 0xC8, 0xC8),
                new Color(0x8F, 0xB8, 0xD6), new Color(0xA8, 0xB4, 0xC2), new Color(0xA0, 0xA0, 0xAC),
                new Color(0x7F, 0x9C, 0xBA), new Color(0x26, 0x29, 0x2E), new Color(0x1A, 0x1C, 0x20, 0xE6));

        Color text(PlacedLabel.Kind kind, boolean inBeijing) {
            return switch (kind) {
                case DISTRICT -> districtText;
                case WATER -> waterText;
                case STATION -> stationText;
                default -> inBeijing ? placeText : placeTextOutside;
            };
        }
    }

    /** The light palette's colours, by name (tests and callers that predate the palettes read these). */
    public static final Color LAND = Palette.LIGHT.land();
    public static final Color URBAN = Palette.LIGHT.urban();
    /** Laid over everything outside Beijing (and over the whole map where there is no data). */
    public static final Color OUTSIDE = Palette.LIGHT.outside();
    public static final Color WATER = Palette.LIGHT.water();
    public static final Color DISTRICT_LINE = Palette.LIGHT.districtLine();
    public static final Color CITY_LINE = Palette.LIGHT.cityLine();

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

    /** The halo's width around a label's letters, in pixels. */
    static float haloWidth(PlacedLabel.Kind kind) {
        return kind == PlacedLabel.Kind.STATION || kind == PlacedLabel.Kind.VILLAGE ? 2.5f : 3.2f;
    }
}

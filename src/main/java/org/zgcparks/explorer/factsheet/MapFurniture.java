package org.zgcparks.explorer.factsheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.zgcparks.explorer.i18n.Messages;

/**
 * What a fact-sheet map carries besides the map: the north arrow (top left), the scale bar (bottom left) and the
 * legend of the park kinds shown (bottom right), drawn with Java2D in the map's points (y down). Each is measured
 * first, so that the map's labels can be kept clear of it.
 */
final class MapFurniture {

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color PLATE = new Color(255, 255, 255, 225);
    static final float LEGEND_TEXT = 6.5f;
    private static final float SCALE_TEXT = 7f;
    private static final float ARROW_HEIGHT = 14;

    /** One legend line: a swatch of the kind's colour and its name. */
    record Entry(Color colour, String name) {
    }

    private final PdfFonts.DocumentFonts fonts;

    MapFurniture(PdfFonts.DocumentFonts fonts) {
        this.fonts = fonts;
    }

    float width(String text, float size) {
        try {
            return fonts.width(text, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The north arrow's box: the arrow centred at (cx, cy) and the N above it. */
    static Rectangle2D northArrowBox(double cx, double cy) {
        return new Rectangle2D.Double(cx - 7, cy - ARROW_HEIGHT / 2 - 12, 14, ARROW_HEIGHT + 14);
    }

    void drawNorthArrow(Graphics2D g, double cx, double cy) {
        double half = 5, h = ARROW_HEIGHT;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, cy - h / 2);
        left.lineTo(cx - half, cy + h / 2);
        left.lineTo(cx, cy + h / 2 - 4);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, cy - h / 2);
        right.lineTo(cx + half, cy + h / 2);
        right.lineTo(cx, cy + h / 2 - 4);
        right.closePath();
        g.setColor(PLATE);
        g.fill(new Rectangle2D.Double(cx - 7, cy - h / 2 - 12, 14, h + 14));
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(INK);
        g.fill(left);
        g.draw(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.draw(right);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(8f));
        g.drawString("N", (float) (cx - width("N", 8) / 2), (float) (cy - h / 2 - 3));
    }

    /** A scale bar of a round length (1, 2 or 5 × 10ⁿ m) about {@code maxWidth} long. */
    record ScaleBar(double metres, double length, String label) {
    }

    static ScaleBar scaleBar(double metresPerPoint, double maxWidth, Messages messages) {
        double target = metresPerPoint * maxWidth;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double metres = pow;
        for (double f : new double[] {1, 2, 5}) {
            if (f * pow <= target) {
                metres = f * pow;
            }
        }
        String label = metres >= 1000 ? messages.get("unit.distance.km", trim(metres / 1000))
                : messages.get("unit.distance.m", trim(metres)); // "2 km", "2 千米", "2 км"
        return new ScaleBar(metres, metres / metresPerPoint, label);
    }

    /** The scale bar's box, its bar's left end at x and its bottom at {@code bottom}. */
    Rectangle2D scaleBarBox(ScaleBar s, double x, double bottom) {
        return new Rectangle2D.Double(x - 4, bottom - 16, s.length() + 8 + width(s.label(), SCALE_TEXT) + 6, 16);
    }

    void drawScaleBar(Graphics2D g, ScaleBar s, double x, double bottom) {
        Rectangle2D box = scaleBarBox(s, x, bottom);
        g.setColor(PLATE);
        g.fill(box);
        double y = bottom - 4 - 3;
        g.setColor(INK);
        g.fill(new Rectangle2D.Double(x, y, s.length() / 2, 3));
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Rectangle2D.Double(x, y, s.length(), 3));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(6f));
        g.drawString("0", (float) (x - 1.5), (float) (y - 1.5));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(SCALE_TEXT));
        g.drawString(s.label(), (float) (x + s.length() + 4), (float) (y + 3));
    }

    /** The legend's box, its bottom-right corner at (right, bottom). */
    Rectangle2D legendBox(List<Entry> entries, double right, double bottom) {
        double w = 0;
        for (Entry e : entries) {
            w = Math.max(w, width(e.name(), LEGEND_TEXT));
        }
        w += 4 + 10 + 3 + 4;
        double h = 3 + entries.size() * 9 + 2;
        return new Rectangle2D.Double(right - w, bottom - h, w, h);
    }

    void drawLegend(Graphics2D g, List<Entry> entries, Rectangle2D box) {
        g.setColor(PLATE);
        g.fill(box);
        g.setColor(new Color(0xB0, 0xB0, 0xB0));
        g.setStroke(new BasicStroke(0.4f));
        g.draw(box);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(LEGEND_TEXT));
        double y = box.getY() + 3;
        for (Entry e : entries) {
            Rectangle2D swatch = new Rectangle2D.Double(box.getX() + 4, y + 1.5, 10, 5.5);
            Color c = e.colour();
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 80));
            g.fill(swatch);
            g.setColor(c);
            g.setStroke(new BasicStroke(0.9f));
            g.draw(swatch);
            g.setColor(INK);
            g.drawString(e.name(), (float) (box.getX() + 4 + 10 + 3), (float) (y + 6.8));
            y += 9;
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

package org.zgcparks.explorer.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link BarChartModel} with Java2D: title, legend, value axis with its ticks and gridlines, the bars with
 * their values, target bars hatched with a dashed outline, and the category names. The same code draws the SVG
 * file (through JFreeSVG) and the booklet's chart page (through PDFBox's Graphics2D), so both are vector drawings
 * with text as text. Each bar is drawn inside a group the caller can name ({@link Marks}: the SVG gives it an id, a
 * class and its value).
 */
public final class ChartPainter {

    /** How wide a text is at a size, in the drawing's units (the PDF measures with its embedded fonts). */
    @FunctionalInterface
    public interface Measure {
        double width(String text, float size);
    }

    /** Brackets the drawing of a bar; the SVG makes a group of it with the attributes given. */
    public interface Marks {
        void begin(Graphics2D g, Map<String, String> attributes);

        void end(Graphics2D g);
    }

    private static final Marks NO_MARKS = new Marks() {
        @Override
        public void begin(Graphics2D g, Map<String, String> attributes) {
        }

        @Override
        public void end(Graphics2D g) {
        }
    };

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color TARGET = new Color(0xc0, 0x6a, 0x1b);
    private static final Map<String, Color> FILLS = Map.of("actual", new Color(0x2f, 0x6f, 0xb0),
            "leading", new Color(0x1b, 0x5e, 0x20), "developing", new Color(0x4c, 0xa0, 0x50),
            "planned", new Color(0xa5, 0xd6, 0xa7), "target", new Color(0xfb, 0xe3, 0xc6));
    private static final float TITLE = 12, SUBTITLE = 8.5f, TEXT = 8, SMALL = 7;
    private static final double PAD = 8;

    private final Measure measure;
    private final Marks marks;

    public ChartPainter(Measure measure, Marks marks) {
        this.measure = measure;
        this.marks = marks;
    }

    /** Marks nothing. */
    public ChartPainter(Measure measure) {
        this(measure, NO_MARKS);
    }

    /** Measures with the graphics' own font metrics, and marks nothing. */
    public static ChartPainter of(Graphics2D g) {
        return new ChartPainter(fontMetrics(g), NO_MARKS);
    }

    public static Measure fontMetrics(Graphics2D g) {
        return (text, size) -> g.getFontMetrics(font(false, size)).getStringBounds(text, g).getWidth();
    }

    private static Font font(boolean bold, float size) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
    }

    /** Draws the chart into the box (0, 0, w, h) of the graphics. */
    public void paint(Graphics2D g, BarChartModel m, double w, double h) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        double y = PAD + TITLE;
        for (String line : wrap(m.title(), TITLE, w - 2 * PAD, 2)) {
            text(g, line, PAD, y, TITLE, true, INK);
            y += TITLE + 3;
        }
        if (!m.subtitle().isEmpty()) {
            for (String line : wrap(m.subtitle(), SUBTITLE, w - 2 * PAD, 2)) {
                text(g, line, PAD, y - 1, SUBTITLE, false, GREY);
                y += SUBTITLE + 3;
            }
        }
        y = legend(g, m, PAD, y + 2, w - PAD) + 6;
        if (m.categories().isEmpty()) {
            return;
        }
        if (m.horizontal()) {
            horizontal(g, m, y, w, h);
        } else {
            vertical(g, m, y, w, h);
        }
    }

    private double legend(Graphics2D g, BarChartModel m, double x0, double y, double x1) {
        double x = x0;
        for (BarChartModel.Series s : m.series()) {
            double need = 14 + measure.width(s.name(), TEXT) + 12;
            if (x > x0 && x + need > x1) {
                x = x0;
                y += TEXT + 6;
            }
            bar(g, s, new Rectangle2D.Double(x, y - 8, 10, 10));
            text(g, s.name(), x + 14, y + 1, TEXT, false, INK);
            x += need;
        }
        return y + TEXT + 4;
    }

    private void vertical(Graphics2D g, BarChartModel m, double top, double w, double h) {
        int n = m.categories().size();
        double labelsWidth = m.ticks().stream().mapToDouble(t -> measure.width(t.label(), SMALL)).max().orElse(0);
        double x0 = PAD + labelsWidth + 6, x1 = w - PAD, slot = (x1 - x0) / n;
        List<List<String>> names = m.categories().stream().map(c -> wrap(c, TEXT, slot - 4, 3)).toList();
        int lines = names.stream().mapToInt(List::size).max().orElse(1);
        double y0 = top + TEXT + 4, y1 = h - PAD - lines * (TEXT + 2) - 4;
        ValueScale scale = new ValueScale(m.min(), m.max(), y1, y0);
        for (BarChartModel.Tick t : m.ticks()) {
            double ty = scale.at(t.value());
            line(g, x0, ty, x1, ty, t.value() == 0 ? GREY : GRID, t.value() == 0 ? 0.8f : 0.5f);
            text(g, t.label(), x0 - 4 - measure.width(t.label(), SMALL), ty + SMALL / 3, SMALL, false, GREY);
        }
        int groups = m.stacked() ? 1 : m.series().size();
        double barW = Math.min(slot * 0.6, 70), each = barW / groups;
        for (int i = 0; i < n; i++) {
            double left = x0 + i * slot + (slot - barW) / 2, base = 0;
            for (int s = 0; s < m.series().size(); s++) {
                BarChartModel.Series series = m.series().get(s);
                double v = series.values().get(i), from = m.stacked() ? base : 0, to = from + v;
                double bx = m.stacked() ? left : left + s * each, bw = m.stacked() ? barW : each;
                double ya = scale.at(Math.max(from, to)), yb = scale.at(Math.min(from, to));
                marks.begin(g, attributes(m, series, s, i));
                bar(g, series, new Rectangle2D.Double(bx, ya, bw, Math.max(yb - ya, 0.5)));
                String label = series.labels().get(i);
                if (!label.isEmpty()) {
                    float size = fit(label, SMALL, slot - 2);
                    double lx = bx + bw / 2 - measure.width(label, size) / 2;
                    text(g, label, lx, v >= 0 ? ya - 3 : yb + size + 2, size, false, INK);
                }
                marks.end(g);
                base = to;
            }
            double ny = y1 + 4 + TEXT;
            for (String l : names.get(i)) {
                double cx = x0 + i * slot + slot / 2;
                text(g, l, cx - measure.width(l, TEXT) / 2, ny, TEXT, false, INK);
                ny += TEXT + 2;
            }
        }
        line(g, x0, y0 - 4, x0, y1, GREY, 0.8f);
    }

    private void horizontal(Graphics2D g, BarChartModel m, double top, double w, double h) {
        int n = m.categories().size();
        double namesWidth = Math.min(w * 0.38,
                m.categories().stream().mapToDouble(c -> measure.width(c, TEXT)).max().orElse(0));
        double x0 = PAD + namesWidth + 6, x1 = w - PAD - 6;
        double y0 = top, y1 = h - PAD - SMALL - 6 - (m.valueAxis().isEmpty() ? 0 : TEXT + 6);
        double row = (y1 - y0) / n, barH = Math.min(row * 0.7, 16);
        ValueScale scale = new ValueScale(m.min(), m.max(), x0, x1);
        for (BarChartModel.Tick t : m.ticks()) {
            double tx = scale.at(t.value());
            line(g, tx, y0, tx, y1, t.value() == 0 ? GREY : GRID, t.value() == 0 ? 0.8f : 0.5f);
            text(g, t.label(), tx - measure.width(t.label(), SMALL) / 2, y1 + SMALL + 3, SMALL, false, GREY);
        }
        if (!m.valueAxis().isEmpty()) {
            text(g, m.valueAxis(), (x0 + x1) / 2 - measure.width(m.valueAxis(), TEXT) / 2, y1 + SMALL + TEXT + 8,
                    TEXT, false, INK);
        }
        for (int i = 0; i < n; i++) {
            double cy = y0 + i * row + row / 2, base = 0;
            String name = ellipsis(m.categories().get(i), TEXT, namesWidth);
            text(g, name, x0 - 6 - measure.width(name, TEXT), cy + TEXT / 3, TEXT, false, INK);
            for (int s = 0; s < m.series().size(); s++) {
                BarChartModel.Series series = m.series().get(s);
                double v = series.values().get(i), from = m.stacked() ? base : 0, to = from + v;
                if (v == 0 && m.stacked()) {
                    continue;
                }
                double xa = scale.at(Math.min(from, to)), xb = scale.at(Math.max(from, to));
                marks.begin(g, attributes(m, series, s, i));
                bar(g, series, new Rectangle2D.Double(xa, cy - barH / 2, Math.max(xb - xa, 0.5), barH));
                String label = series.labels().get(i);
                if (!label.isEmpty() && measure.width(label, SMALL) + 3 < xb - xa) {
                    text(g, label, (xa + xb) / 2 - measure.width(label, SMALL) / 2, cy + SMALL / 3, SMALL, false,
                            "planned".equals(series.role()) || series.target() ? INK : Color.WHITE);
                }
                marks.end(g);
                base = to;
            }
        }
        line(g, x0, y0, x0, y1, GREY, 0.8f);
    }

    private static Map<String, String> attributes(BarChartModel m, BarChartModel.Series s, int si, int i) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", "bar-" + si + "-" + i);
        a.put("class", "bar " + s.role() + (s.target() ? " target" : ""));
        a.put("data-category", m.categories().get(i));
        a.put("data-value", BarChartModel.plain(s.values().get(i)));
        return a;
    }

    /** A bar: filled in its series' colour; a target hatched, with a dashed outline. */
    private static void bar(Graphics2D g, BarChartModel.Series s, Rectangle2D r) {
        g.setColor(FILLS.getOrDefault(s.target() ? "target" : s.role(), GREY));
        g.fill(r);
        if (s.target()) {
            Shape clip = g.getClip();
            g.clip(r);
            g.setColor(TARGET);
            g.setStroke(new BasicStroke(0.6f));
            for (double d = -r.getHeight(); d < r.getWidth(); d += 4) {
                g.draw(new Line2D.Double(r.getX() + d, r.getMaxY(), r.getX() + d + r.getHeight(), r.getY()));
            }
            g.setClip(clip);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {3, 2}, 0));
            g.draw(r);
        }
    }

    private static void line(Graphics2D g, double xa, double ya, double xb, double yb, Color c, float width) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width));
        g.draw(new Line2D.Double(xa, ya, xb, yb));
    }

    private static void text(Graphics2D g, String s, double x, double y, float size, boolean bold, Color c) {
        g.setFont(font(bold, size));
        g.setColor(c);
        g.drawString(s, (float) x, (float) y);
    }

    /** The largest size up to {@code size} (not below 5) at which the text fits the width. */
    private float fit(String s, float size, double width) {
        float f = size;
        while (f > 5 && measure.width(s, f) > width) {
            f -= 0.5f;
        }
        return f;
    }

    private String ellipsis(String s, float size, double width) {
        if (measure.width(s, size) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 1 && measure.width(s.substring(0, end) + "…", size) > width) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /**
     * The text in lines that fit the width, at most {@code max} (the last cut with "…"): words break at spaces and
     * after hyphens, Chinese anywhere.
     */
    private List<String> wrap(String s, float size, double width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : s.split("(?<=\\s)|(?<=\\p{L}-)|(?=\\p{IsHan})|(?<=\\p{IsHan})")) {
            if (line.length() > 0 && measure.width(line + token.stripTrailing(), size) > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(token);
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        if (lines.size() > max) {
            List<String> cut = new ArrayList<>(lines.subList(0, max - 1));
            cut.add(ellipsis(String.join(" ", lines.subList(max - 1, lines.size())), size, width));
            return cut;
        }
        return lines.stream().map(l -> ellipsis(l, size, width)).toList();
    }

    /** Maps values to positions along the value axis. */
    private record ValueScale(double min, double max, double from, double to) {
        double at(double v) {
            return from + (v - min) / (max - min == 0 ? 1 : max - min) * (to - from);
        }
    }
}

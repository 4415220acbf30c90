package org.zgcparks.explorer.compare;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.zgcparks.explorer.export.AtomicFile;
import org.zgcparks.explorer.export.ExportException;

/**
 * Charts as SVG: the chart drawn by {@link ChartPainter} into JFreeSVG's Graphics2D, so the file is a vector drawing
 * (rectangles, lines, text as text) that Inkscape, browsers and office suites open and scale. Each bar is a group
 * with an id, a class ("bar actual", "bar target") and its category and value as data attributes.
 */
public final class ChartSvg {

    /** The chart's size as drawn (in points, as on the booklet's page), and how much larger the SVG shows it. */
    public static final double WIDTH = 720, HEIGHT = 450, SCALE = 1.5;

    private ChartSvg() {
    }

    /** The chart as an SVG document. */
    public static String svg(BarChartModel model) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH * SCALE, HEIGHT * SCALE);
        g.scale(SCALE, SCALE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        new ChartPainter(ChartPainter.fontMetrics(g), new ChartPainter.Marks() {
            @Override
            public void begin(Graphics2D graphics, Map<String, String> attributes) {
                graphics.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
            }

            @Override
            public void end(Graphics2D graphics) {
                graphics.setRenderingHint(SVGHints.KEY_END_GROUP, "");
            }
        }).paint(g, model, WIDTH, HEIGHT);
        return g.getSVGDocument();
    }

    /** Writes the chart as an SVG file (UTF-8), atomically: a failure leaves nothing behind. */
    public static void write(BarChartModel model, Path file) throws ExportException {
        String svg = svg(model);
        AtomicFile.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

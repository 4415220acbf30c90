package org.zgcparks.explorer.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bar chart shows, free of any toolkit: the Compare window's JavaFX chart, the SVG file and the booklet's
 * vector page are all drawn from one of these, so they cannot disagree on the parks, values, unit, period or
 * which bars are targets.
 *
 * @param id         "figure" (one figure across parks) or "industries" (industries by park count)
 * @param title      the figure's name and period, or what the industries chart counts
 * @param subtitle   more about what is shown (e.g. which parks), or empty
 * @param horizontal bars run left to right (the industries) rather than bottom to top (a figure)
 * @param stacked    the series are stacked (roles of an industry), rather than one series
 * @param categories a bar's name each (parks, industries), in the order drawn (top or left first)
 * @param series     the values; every series has a value for every category
 * @param ticks      the value axis' ticks, from the lowest, with their labels (the unit included where it has one)
 * @param valueAxis  the value axis' caption, or empty when the tick labels carry the unit
 */
public record BarChartModel(String id, String title, String subtitle, boolean horizontal, boolean stacked,
                            List<String> categories, List<Series> series, List<Tick> ticks, String valueAxis) {

    public BarChartModel {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        ticks = List.copyOf(ticks);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * One series of bars.
     *
     * @param name   the legend's name ("Target (2030)", "Leading")
     * @param role   a stable name for styling and for readers of the SVG ("actual", "target", "leading", ...)
     * @param values a value per category
     * @param labels a value's text per category, as printed beside its bar ("CNY 88.52 billion"), or empty strings
     * @param target the values are targets, not actuals: drawn hatched with a dashed outline
     */
    public record Series(String name, String role, List<Double> values, List<String> labels, boolean target) {
        public Series {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
        }
    }

    /** A tick of the value axis. */
    public record Tick(double value, String label) {
    }

    /** The lowest and highest value the axis shows: its first and last tick. */
    public double min() {
        return ticks.isEmpty() ? 0 : ticks.get(0).value();
    }

    public double max() {
        return ticks.isEmpty() ? 1 : ticks.get(ticks.size() - 1).value();
    }

    /** A value as written in data: "88.52", "12", "-3.5". */
    public static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

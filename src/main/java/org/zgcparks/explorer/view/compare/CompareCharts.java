package org.zgcparks.explorer.view.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.zgcparks.explorer.compare.IndustryCounts;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Role;

/**
 * The Compare window's charts, with JavaFX's own chart controls (enough for bar charts, and no new library): one
 * figure across the compared parks, and the industries of the parks matching the filter by how many parks have them.
 */
final class CompareCharts {

    /** How many industries the industry chart shows. */
    static final int TOP_INDUSTRIES = 15;

    private final Messages messages;
    private final Locale locale;

    CompareCharts(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
    }

    /**
     * A bar per park that has a figure in the row (a park without one gets no bar, not a zero). The value axis names
     * the unit and currency, the title the period; a target row's bars are drawn as targets (hatched, legend says so).
     */
    BarChart<String, Number> figureChart(ParkComparison.FigureRow row, List<Park> parks) {
        Metric first = row.first();
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(unitLabel(first));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("compare-figure-chart");
        chart.setAnimated(false);
        chart.setTitle(row.label(locale) + " — " + first.period());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(row.kind() == MetricKind.TARGET ? "compare.chart.target" : "compare.chart.actual",
                first.period()));
        for (int j = 0; j < parks.size(); j++) {
            Optional<Metric> m = row.cells().get(j);
            if (m.isPresent()) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(parks.get(j).names().in(locale), m.get().value());
                series.getData().add(d);
            }
        }
        chart.getData().add(series);
        if (row.kind() == MetricKind.TARGET) {
            // the chart gives each bar its style classes when the series is added; mark the targets after that
            series.getData().forEach(d -> d.getNode().getStyleClass().add("chart-target"));
        }
        chart.getStyleClass().add(row.kind() == MetricKind.TARGET ? "chart-of-targets" : "chart-of-actuals");
        return chart;
    }

    /** "billion CNY", "%", "enterprises". */
    String unitLabel(Metric m) {
        return m.currency().isEmpty() ? m.unit() : m.unit() + " " + m.currency();
    }

    /** The industries most of the given parks have, a bar each, stacked by role (leading, developing, planned). */
    StackedBarChart<Number, String> industryChart(Dataset ds, List<Park> parks, String filterDescription) {
        List<IndustryCounts.Count> counts = IndustryCounts.top(parks, TOP_INDUSTRIES);
        NumberAxis x = new NumberAxis();
        x.setLabel(messages.get("compare.chart.parks"));
        x.setMinorTickVisible(false);
        int max = counts.stream().mapToInt(IndustryCounts.Count::total).max().orElse(1);
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(max);
        x.setTickUnit(Math.max(1, Math.ceil(max / 10.0))); // whole parks
        CategoryAxis y = new CategoryAxis();
        StackedBarChart<Number, String> chart = new StackedBarChart<>(x, y);
        chart.setId("compare-industry-chart");
        chart.setAnimated(false);
        chart.setTitle(messages.get("compare.chart.industries", parks.size())
                + (filterDescription.isEmpty() ? "" : " — " + filterDescription));
        List<String> names = counts.stream().map(c -> name(ds, c.industryId())).toList();
        for (Role role : Role.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(messages.get("role." + role.id()));
            // the category axis takes its categories from the data, the first at the bottom: the most common last
            for (int i = counts.size() - 1; i >= 0; i--) {
                s.getData().add(new XYChart.Data<>(counts.get(i).of(role), names.get(i)));
            }
            chart.getData().add(s);
        }
        return chart;
    }

    private String name(Dataset ds, String industryId) {
        return ds.industry(industryId).map(i -> i.names().in(locale)).orElse(industryId);
    }
}

package org.zgcparks.explorer.view.compare;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.zgcparks.explorer.compare.BarChartModel;

/**
 * The Compare window's charts, with JavaFX's own chart controls (enough for bar charts, and no new library), drawn
 * from the same {@link BarChartModel} as the SVG file and the booklet's chart page: one figure across the compared
 * parks, and the industries of the parks matching the filter by how many parks have them.
 */
final class CompareCharts {

    private CompareCharts() {
    }

    /**
     * A bar per park that has the figure (a park without one gets no bar, not a zero). The value axis' ticks are
     * written with the figure's unit, the title names the period; a target's bars are marked as targets (hatched,
     * the legend says so).
     */
    static BarChart<String, Number> figureChart(BarChartModel model) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), valueAxis(model));
        chart.setId("compare-figure-chart");
        chart.setAnimated(false);
        chart.setTitle(title(model));
        BarChartModel.Series s = model.series().get(0);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(s.name());
        for (int i = 0; i < model.categories().size(); i++) {
            series.getData().add(new XYChart.Data<>(model.categories().get(i), s.values().get(i)));
        }
        chart.getData().add(series);
        if (s.target()) {
            // the chart gives each bar its style classes when the series is added; mark the targets after that
            series.getData().forEach(d -> d.getNode().getStyleClass().add("chart-target"));
        }
        chart.getStyleClass().add(s.target() ? "chart-of-targets" : "chart-of-actuals");
        return chart;
    }

    /** The industries, a bar each, stacked by role (leading, developing, planned), the most common at the top. */
    static StackedBarChart<Number, String> industryChart(BarChartModel model) {
        StackedBarChart<Number, String> chart = new StackedBarChart<>(valueAxis(model), new CategoryAxis());
        chart.setId("compare-industry-chart");
        chart.setAnimated(false);
        chart.setTitle(title(model));
        for (BarChartModel.Series s : model.series()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(s.name());
            // the category axis takes its categories from the data, the first at the bottom: the model's first last
            for (int i = model.categories().size() - 1; i >= 0; i--) {
                series.getData().add(new XYChart.Data<>(s.values().get(i), model.categories().get(i)));
            }
            chart.getData().add(series);
        }
        return chart;
    }

    private static String title(BarChartModel model) {
        return model.subtitle().isEmpty() ? model.title() : model.title() + " — " + model.subtitle();
    }

    /** The model's ticks, labelled as the model labels them (with the unit: "CNY 40 billion", "400 亿元"). */
    static NumberAxis valueAxis(BarChartModel model) {
        List<BarChartModel.Tick> ticks = model.ticks();
        NumberAxis axis = new NumberAxis(model.min(), model.max(),
                ticks.size() > 1 ? ticks.get(1).value() - ticks.get(0).value() : 1);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setLabel(model.valueAxis());
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                BarChartModel.Tick nearest = ticks.get(0);
                for (BarChartModel.Tick t : ticks) {
                    if (Math.abs(t.value() - n.doubleValue()) < Math.abs(nearest.value() - n.doubleValue())) {
                        nearest = t;
                    }
                }
                return nearest.label();
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }
}

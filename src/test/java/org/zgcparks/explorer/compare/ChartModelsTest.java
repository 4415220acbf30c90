package org.zgcparks.explorer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;

/** The booklet charts figures that stand on one axis, never a target beside an actual, at most 15 bars. */
class ChartModelsTest {

    static Park a, b, c;

    @BeforeAll
    static void load() throws Exception {
        ParkComparisonTest.load();
        a = ParkComparisonTest.a;
        b = ParkComparisonTest.b;
        c = ParkComparisonTest.c;
    }

    static Metric m(String id, Park p, String name, String value, String unit, String period, MetricKind kind) {
        return ParkComparisonTest.m(id, p, name, value, unit, "", period, kind);
    }

    static List<List<String>> ids(List<List<ChartModels.ParkFigure>> groups) {
        return groups.stream().map(g -> g.stream().map(f -> f.metric().id()).toList()).toList();
    }

    @Test
    void figuresGroupByNameOrElseByPeriodWithinOneUnitAndOneKind() {
        Dataset ds = ParkComparisonTest.with(
                m("a1", a, "Enterprises", "10", "enterprises", "2024", MetricKind.ACTUAL),
                m("b1", b, "enterprises ", "20", "enterprises", "2023", MetricKind.ACTUAL),
                m("c1", c, "Enterprises", "30", "enterprises", "2024", MetricKind.TARGET),
                m("a2", a, "Firms", "5", "%", "2020", MetricKind.ACTUAL),
                m("c2", c, "Share", "7", "%", "2020", MetricKind.ACTUAL),
                m("b3", b, "Enterprises", "9", "companies", "2024", MetricKind.ACTUAL));
        List<List<ChartModels.ParkFigure>> groups = ChartModels.comparable(ds, List.of(a, b, c), 5);
        assertEquals(List.of(List.of("a1", "b1"), List.of("a2", "c2")), ids(groups),
                "by name (the target and the other unit apart), then by period");
        BarChartModel chart = new ChartModels(new Messages(Locale.ENGLISH)).figure(groups.get(0));
        assertEquals("Enterprises", chart.title(), "two periods: none in the title");
        assertEquals("Actual", chart.series().get(0).name());
        assertTrue(chart.series().get(0).labels().get(1).endsWith("(2023)"), chart.series().get(0).labels().toString());
    }

    @Test
    void withMoreParksThanBarsTheLargestAreShownAndTheSubtitleSaysSo() {
        Dataset base = ParkComparisonTest.bundled;
        List<Metric> metrics = new ArrayList<>();
        List<Park> parks = base.parks().subList(0, ChartModels.MAX_BARS + 5);
        for (int i = 0; i < parks.size(); i++) {
            metrics.add(m("x" + i, parks.get(i), "Jobs", Integer.toString(i + 1), "jobs", "2024", MetricKind.ACTUAL));
        }
        Dataset ds = ParkComparisonTest.with(metrics.toArray(Metric[]::new));
        BarChartModel chart = new ChartModels(new Messages(Locale.ENGLISH))
                .figure(ChartModels.comparable(ds, parks, 1).get(0));
        assertEquals(ChartModels.MAX_BARS, chart.categories().size());
        assertEquals((double) parks.size(), chart.series().get(0).values().get(0), "the largest first");
        assertEquals("The 15 largest values; parks with this figure: 20", chart.subtitle());
        assertTrue(chart.max() >= parks.size() && chart.min() == 0, chart.ticks().toString());
    }
}

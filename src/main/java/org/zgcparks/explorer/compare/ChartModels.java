package org.zgcparks.explorer.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.model.Role;

/**
 * Builds the charts' models in a language: a figure across parks (a bar per park that has it, never a zero for one
 * that has not; values and ticks written with the figure's unit, as the fact sheets write figures), and the
 * industries of some parks by how many parks have them, stacked by role.
 */
public final class ChartModels {

    /** How many industries the industries chart shows. */
    public static final int TOP_INDUSTRIES = 15;
    /** The most bars a figure chart shows; with more parks, the largest values are shown and the subtitle says so. */
    public static final int MAX_BARS = 15;

    private final Messages messages;
    private final Formats formats;
    private final Locale locale;

    public ChartModels(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages);
        this.locale = messages.locale();
    }

    /** One park's figure. */
    public record ParkFigure(Park park, Metric metric) {
    }

    /** A figure row of a comparison, a bar per park that has a figure in it, in the parks' order. */
    public BarChartModel figure(ParkComparison.FigureRow row, List<Park> parks) {
        List<ParkFigure> bars = new ArrayList<>();
        for (int j = 0; j < parks.size(); j++) {
            Optional<Metric> m = row.cells().get(j);
            if (m.isPresent()) {
                bars.add(new ParkFigure(parks.get(j), m.get()));
            }
        }
        return figure(row.label(locale), row.kind(), bars, "");
    }

    /**
     * Figures that measure the same thing across parks ({@link #comparable}); with more than {@link #MAX_BARS}
     * parks, the largest values, and the subtitle says so.
     */
    public BarChartModel figure(List<ParkFigure> figures) {
        List<ParkFigure> bars = figures;
        String subtitle = "";
        if (figures.size() > MAX_BARS) {
            bars = figures.stream().sorted(Comparator.comparing((ParkFigure f) -> f.metric().value()).reversed())
                    .limit(MAX_BARS).toList();
            subtitle = messages.get("chart.largest", MAX_BARS, figures.size());
        }
        Map<String, String> names = new LinkedHashMap<>(); // "Enterprises" and "enterprises " are one name
        figures.forEach(f -> names.putIfAbsent(normal(f.metric().name().in(locale)), f.metric().name().in(locale).trim()));
        return figure(String.join(" / ", names.values()), figures.get(0).metric().kind(), bars, subtitle);
    }

    /** The chart: one period in the title when all bars share it, else each bar's period beside its value. */
    private BarChartModel figure(String name, MetricKind kind, List<ParkFigure> bars, String subtitle) {
        Metric first = bars.get(0).metric();
        String period = formats.period(first);
        boolean onePeriod = bars.stream().allMatch(b -> formats.period(b.metric()).equals(period));
        boolean target = kind == MetricKind.TARGET;
        List<String> categories = bars.stream().map(b -> b.park().names().in(locale)).toList();
        List<Double> values = bars.stream().map(b -> b.metric().value().doubleValue()).toList();
        List<String> labels = bars.stream().map(b -> formats.value(b.metric())
                + (onePeriod ? "" : " (" + formats.period(b.metric()) + ")")).toList();
        double lo = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double hi = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        List<BarChartModel.Tick> ticks = ticks(lo, hi, false, v -> tickLabel(first, v));
        String legend = onePeriod ? messages.get(target ? "compare.chart.target" : "compare.chart.actual", period)
                : messages.get(target ? "chart.target" : "chart.actual");
        BarChartModel.Series series = new BarChartModel.Series(legend, target ? "target" : "actual", values, labels,
                target);
        return new BarChartModel("figure", onePeriod ? name + " — " + period : name, subtitle, false, false,
                categories, List.of(series), ticks, "");
    }

    /** A tick's value written as a figure of the same unit: "CNY 40 billion", "400 亿元", "20%". */
    public String tickLabel(Metric like, double value) {
        BigDecimal v = BigDecimal.valueOf(value).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        Metric tick = new Metric(like.id(), like.subjectId(), like.name(), Qualifier.EXACT, v, Optional.empty(),
                like.unit(), like.currency(), like.period(), like.kind(), Optional.empty(), like.citations(),
                like.note(), like.projectReading());
        return formats.value(tick);
    }

    /** The industries most of the parks have, most first, a bar each stacked by role. */
    public BarChartModel industries(Dataset ds, List<Park> parks, String filterDescription) {
        List<IndustryCounts.Count> counts = IndustryCounts.top(parks, TOP_INDUSTRIES);
        List<String> categories = counts.stream()
                .map(c -> ds.industry(c.industryId()).map(i -> i.names().in(locale)).orElse(c.industryId())).toList();
        List<BarChartModel.Series> series = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Double> values = counts.stream().map(c -> (double) c.of(role)).toList();
            List<String> labels = counts.stream().map(c -> c.of(role) == 0 ? "" : Integer.toString(c.of(role))).toList();
            series.add(new BarChartModel.Series(messages.get("role." + role.id()), role.id(), values, labels, false));
        }
        int max = counts.stream().mapToInt(IndustryCounts.Count::total).max().orElse(1);
        List<BarChartModel.Tick> ticks = ticks(0, max, true, v -> Long.toString(Math.round(v)));
        return new BarChartModel("industries", messages.get("compare.chart.industries", parks.size()),
                filterDescription, true, true, categories, series, ticks, messages.get("compare.chart.parks"));
    }

    /**
     * The figures of the parks that can be charted together, those most parks have first, at most {@code limit}
     * groups of two parks or more (a park's first such figure in each). As in the Compare view, figures measure the
     * same thing when they are of the same kind (never a target beside an actual) and have the same name, or failing
     * that the same period; and, to share an axis, the same unit and currency. Hashing, not pairwise matching, so
     * that a booklet of thousands of parks groups its figures at once.
     */
    public static List<List<ParkFigure>> comparable(Dataset ds, List<Park> parks, int limit) {
        Map<String, String> normals = new HashMap<>(); // names, units and periods repeat: normalise each once
        Function<String, String> normal = t -> normals.computeIfAbsent(t == null ? "" : t, ChartModels::normal);
        Map<Key, Map<String, ParkFigure>> byName = new LinkedHashMap<>();
        for (Park p : parks) {
            for (Metric m : ds.metricsOf(p.id())) {
                byName.computeIfAbsent(key(m, normal, m.name().en()), k -> new LinkedHashMap<>())
                        .putIfAbsent(p.id(), new ParkFigure(p, m));
            }
        }
        List<Map<String, ParkFigure>> groups = new ArrayList<>();
        Map<Key, Map<String, ParkFigure>> byPeriod = new LinkedHashMap<>();
        for (Map<String, ParkFigure> g : byName.values()) {
            if (g.size() >= 2) {
                groups.add(g);
            } else {
                ParkFigure f = g.values().iterator().next();
                byPeriod.computeIfAbsent(key(f.metric(), normal, f.metric().period().en()), k -> new LinkedHashMap<>())
                        .putIfAbsent(f.park().id(), f);
            }
        }
        byPeriod.values().stream().filter(g -> g.size() >= 2).forEach(groups::add);
        return groups.stream().sorted(Comparator.comparingInt((Map<String, ParkFigure> g) -> g.size()).reversed())
                .limit(limit).map(g -> List.copyOf(g.values())).toList();
    }

    /** What figures must share to stand on one axis, and the name (or period) that says they measure one thing. */
    private record Key(MetricKind kind, String unit, String currency, String same) {
    }

    private static Key key(Metric m, Function<String, String> normal, String same) {
        return new Key(m.kind(), normal.apply(m.unit()), m.currency(), normal.apply(same));
    }

    private static String normal(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** About five round ticks (1, 2 or 5 times a power of ten) from at most {@code lo} to at least {@code hi}. */
    static List<BarChartModel.Tick> ticks(double lo, double hi, boolean whole, DoubleFunction<String> label) {
        double span = hi - lo;
        if (span <= 0) {
            span = Math.max(Math.abs(hi), 1);
        }
        double raw = span / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
        if (whole) {
            step = Math.max(1, Math.ceil(step));
        }
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        if (last <= first) {
            last = first + step;
        }
        List<BarChartModel.Tick> ticks = new ArrayList<>();
        long n = Math.round((last - first) / step);
        for (long i = 0; i <= n; i++) {
            double v = first + i * step;
            // round away the binary fraction error of first + i * step (0.30000000000000004)
            v = BigDecimal.valueOf(v).round(new MathContext(12)).doubleValue();
            ticks.add(new BarChartModel.Tick(v, label.apply(v)));
        }
        return ticks;
    }
}

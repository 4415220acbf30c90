package org.zgcparks.explorer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.model.Role;

/** Figures line up by what they measure, never mixing targets with actuals, and nothing is invented. */
class ParkComparisonTest {

    static Dataset bundled;
    static Park a, b, c;

    @BeforeAll
    static void load() throws Exception {
        bundled = new DatasetLoader().loadBundled();
        a = bundled.park("bda").orElseThrow();
        b = bundled.park("zgc-street").orElseThrow();
        c = bundled.park("inno-way").orElseThrow();
    }

    static Metric m(String id, Park p, String name, String value, String unit, String currency, String period,
                    MetricKind kind) {
        return new Metric(id, p.id(), new LocalizedText(name, "", ""), Qualifier.EXACT, new BigDecimal(value),
                Optional.empty(), unit, currency, LocalizedText.english(period), kind, Optional.empty(),
                List.of(Citation.of(bundled.sources().get(0).id())), LocalizedText.EMPTY, LocalizedText.EMPTY);
    }

    static Dataset with(Metric... metrics) {
        return new Dataset(bundled.info(), bundled.sources(), bundled.regions(), bundled.districts(),
                bundled.industryGroups(), bundled.industries(), bundled.parks(), bundled.policies(), List.of(metrics));
    }

    @Test
    void sameNameSharesARowAndAParkWithoutSuchAFigureHasABlank() {
        Metric a1 = m("a1", a, "Foreign-funded enterprises", "1000", "enterprises", "", "2024", MetricKind.ACTUAL);
        Metric b1 = m("b1", b, "foreign-funded  enterprises", "20", "enterprises", "", "2009", MetricKind.ACTUAL);
        ParkComparison cmp = ParkComparison.of(with(a1, b1), List.of(a, b, c));
        List<ParkComparison.FigureRow> rows = cmp.figureRows();
        assertEquals(1, rows.size());
        assertEquals(List.of(Optional.of(a1), Optional.of(b1), Optional.empty()), rows.get(0).cells());
        assertEquals(2, rows.get(0).count());
        assertEquals(FigureTheme.ENTERPRISES, cmp.themes().get(0).theme());
    }

    @Test
    void otherwiseSameUnitCurrencyAndPeriodShareARow() {
        Metric a1 = m("a1", a, "Imports and exports", "300", "billion", "CNY", "H1 2024", MetricKind.ACTUAL);
        Metric b1 = m("b1", b, "Output value", "50", "billion", "CNY", "H1 2024", MetricKind.ACTUAL);
        Metric c1 = m("c1", c, "Output value", "5", "billion", "USD", "H1 2024", MetricKind.ACTUAL);
        ParkComparison cmp = ParkComparison.of(with(a1, b1, c1), List.of(a, b, c));
        List<ParkComparison.FigureRow> rows = cmp.figureRows();
        assertEquals(1, rows.size(), "c1 joins b1's row by name, though its currency differs from a1's");
        assertEquals(List.of(Optional.of(a1), Optional.of(b1), Optional.of(c1)), rows.get(0).cells());
        assertEquals("Imports and exports / Output value", rows.get(0).label(Locale.ENGLISH));
        assertFalse(rows.get(0).sameUnit(), "CNY and USD are not charted together");
        assertEquals(FigureTheme.MONEY, cmp.themes().get(0).theme());
    }

    @Test
    void differentPeriodsOrUnitsWithDifferentNamesStayApart() {
        Metric a1 = m("a1", a, "Talents gathered", "100", "people", "", "2024", MetricKind.ACTUAL);
        Metric b1 = m("b1", b, "Employees in the IT malls", "200", "people", "", "2009", MetricKind.ACTUAL);
        Metric c1 = m("c1", c, "Teams", "300", "teams", "", "2024", MetricKind.ACTUAL);
        ParkComparison cmp = ParkComparison.of(with(a1, b1, c1), List.of(a, b, c));
        assertEquals(3, cmp.figureRows().size());
        cmp.figureRows().forEach(r -> assertEquals(1, r.count()));
    }

    @Test
    void targetsAndActualsAreNeverInOneRow() {
        Metric a1 = m("a1", a, "Output", "100", "billion", "CNY", "2020", MetricKind.TARGET);
        Metric b1 = m("b1", b, "Output", "80", "billion", "CNY", "2020", MetricKind.ACTUAL);
        Metric c1 = m("c1", c, "Output", "90", "billion", "CNY", "2020", MetricKind.TARGET);
        ParkComparison cmp = ParkComparison.of(with(a1, b1, c1), List.of(a, b, c));
        List<ParkComparison.FigureRow> rows = cmp.figureRows();
        assertEquals(2, rows.size());
        for (ParkComparison.FigureRow r : rows) {
            assertTrue(r.figures().stream().allMatch(x -> x.kind() == r.kind()), "one kind per row");
        }
        assertEquals(List.of(Optional.of(a1), Optional.empty(), Optional.of(c1)), rows.get(0).cells());
        assertEquals(List.of(Optional.empty(), Optional.of(b1), Optional.empty()), rows.get(1).cells());
    }

    @Test
    void twoFiguresOfOneParkNeverShareARow() {
        Metric a1 = m("a1", a, "Companies", "10", "companies", "", "2024", MetricKind.ACTUAL);
        Metric a2 = m("a2", a, "Companies", "12", "companies", "", "2024", MetricKind.ACTUAL);
        Metric b1 = m("b1", b, "Companies", "7", "companies", "", "2024", MetricKind.ACTUAL);
        ParkComparison cmp = ParkComparison.of(with(a1, a2, b1), List.of(a, b));
        List<ParkComparison.FigureRow> rows = cmp.figureRows();
        assertEquals(2, rows.size());
        assertEquals(List.of(Optional.of(a1), Optional.of(b1)), rows.get(0).cells());
        assertEquals(List.of(Optional.of(a2), Optional.empty()), rows.get(1).cells());
    }

    @Test
    void everyFigureOfTheBundledParksAppearsExactlyOnce() {
        List<Park> parks = List.of(a, b, c, bundled.park("im-way").orElseThrow(),
                bundled.park("science-city").orElseThrow(), bundled.park("northern-territory").orElseThrow());
        ParkComparison cmp = ParkComparison.of(bundled, parks);
        List<Metric> shown = new ArrayList<>();
        for (ParkComparison.FigureRow r : cmp.figureRows()) {
            assertEquals(parks.size(), r.cells().size());
            for (int j = 0; j < parks.size(); j++) {
                int col = j;
                r.cells().get(j).ifPresent(x -> assertEquals(parks.get(col).id(), x.subjectId(), "in its park's column"));
            }
            shown.addAll(r.figures());
        }
        List<Metric> expected = parks.stream().flatMap(p -> bundled.metricsOf(p.id()).stream()).toList();
        assertEquals(expected.size(), shown.size());
        assertTrue(shown.containsAll(expected));
    }

    @Test
    void theIndustryMatrixMarksEachParksRole() {
        ParkComparison cmp = ParkComparison.of(bundled, List.of(a, b));
        for (ParkComparison.IndustryRow row : cmp.industries()) {
            for (int j = 0; j < 2; j++) {
                Park p = List.of(a, b).get(j);
                Optional<Role> expected = p.industries().stream().filter(l -> l.industryId().equals(row.industryId()))
                        .map(l -> l.role()).min(Enum::compareTo);
                assertEquals(expected, row.roles().get(j));
            }
            assertTrue(row.roles().stream().anyMatch(Optional::isPresent), "only industries one of them has");
        }
        long distinct = Stream.of(a, b).flatMap(p -> p.industries().stream())
                .map(l -> l.industryId()).distinct().count();
        assertEquals(distinct, cmp.industries().size());
    }

    @Test
    void industryCountsCountEachParkOnceInItsStrongestRole() {
        List<IndustryCounts.Count> top = IndustryCounts.top(bundled.parks(), 5);
        assertEquals(5, top.size());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).total() >= top.get(i).total(), "most first");
        }
        IndustryCounts.Count first = top.get(0);
        long parks = bundled.parks().stream().filter(p -> p.industries().stream()
                .anyMatch(l -> l.industryId().equals(first.industryId()))).count();
        assertEquals(parks, first.total());
    }
}

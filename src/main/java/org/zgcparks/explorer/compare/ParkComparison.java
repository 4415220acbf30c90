package org.zgcparks.explorer.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Role;

/**
 * Parks side by side: which industries each has (and in what role), and every figure of each, aligned by what it
 * measures. Two figures share a row when they are of the same kind (a target never shares a row with an actual) and
 * have the same name, or failing that the same unit, currency and period. A park without such a figure has an empty
 * cell: nothing is invented or converted. Rows are grouped by {@link FigureTheme}. Built from the model alone.
 *
 * @param parks      the compared parks, in the order given (one column each)
 * @param industries the industries any of them has, in the taxonomy's order, with each park's role
 * @param themes     the figures, grouped by theme in the theme's order; rows in the order their first figure appears
 */
public record ParkComparison(List<Park> parks, List<IndustryRow> industries, List<ThemeRows> themes) {

    /** The fewest and the most parks the Compare view puts side by side. */
    public static final int MIN_PARKS = 2;
    public static final int MAX_PARKS = 6;

    public ParkComparison {
        parks = List.copyOf(parks);
        industries = List.copyOf(industries);
        themes = List.copyOf(themes);
    }

    /** One industry across the parks: each park's role, or empty if the park does not have it. */
    public record IndustryRow(String industryId, List<Optional<Role>> roles) {
        public IndustryRow {
            roles = List.copyOf(roles);
        }
    }

    /** The rows of one theme. */
    public record ThemeRows(FigureTheme theme, List<FigureRow> rows) {
        public ThemeRows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Figures that measure the same thing, one cell per park.
     *
     * @param kind  target or actual: the same for every figure of the row
     * @param cells one per compared park, empty where the park has no such figure
     */
    public record FigureRow(MetricKind kind, List<Optional<Metric>> cells) {
        public FigureRow {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The figures of the row, without the empty cells. */
        public List<Metric> figures() {
            return cells.stream().flatMap(Optional::stream).toList();
        }

        /** The row's first figure, which names it. */
        public Metric first() {
            return figures().get(0);
        }

        /** The figures' distinct names in English, joined with " / ". */
        public String label(Locale locale) {
            Set<String> names = new LinkedHashSet<>();
            figures().forEach(m -> names.add(m.name().in(locale)));
            return String.join(" / ", names);
        }

        /** Whether every figure of the row has the same unit and currency, so that their values can be charted. */
        public boolean sameUnit() {
            Metric a = first();
            return figures().stream().allMatch(m -> m.unit().equals(a.unit()) && m.currency().equals(a.currency()));
        }

        /** How many parks have a figure in this row. */
        public int count() {
            return (int) cells.stream().filter(Optional::isPresent).count();
        }
    }

    /** Puts the given parks side by side (any number; the view asks for {@link #MIN_PARKS} to {@link #MAX_PARKS}). */
    public static ParkComparison of(Dataset ds, List<Park> parks) {
        int n = parks.size();
        List<IndustryRow> industryRows = new ArrayList<>();
        Set<String> had = new LinkedHashSet<>();
        parks.forEach(p -> p.industries().forEach(l -> had.add(l.industryId())));
        List<String> order = new ArrayList<>(ds.industries().stream().map(Industry::id).filter(had::contains).toList());
        had.stream().filter(id -> !order.contains(id)).forEach(order::add);
        for (String id : order) {
            List<Optional<Role>> roles = new ArrayList<>(n);
            for (Park p : parks) {
                roles.add(p.industries().stream().filter(l -> l.industryId().equals(id)).map(IndustryLink::role)
                        .min(Enum::compareTo)); // the strongest role if a park lists it twice
            }
            industryRows.add(new IndustryRow(id, roles));
        }

        List<Builder> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (Metric m : ds.metricsOf(parks.get(j).id())) {
                Builder row = find(rows, j, m, true);
                if (row == null) {
                    row = find(rows, j, m, false);
                }
                if (row == null) {
                    row = new Builder(m, n);
                    rows.add(row);
                }
                row.cells.set(j, m);
            }
        }
        Map<FigureTheme, List<FigureRow>> byTheme = new EnumMap<>(FigureTheme.class);
        for (Builder b : rows) {
            byTheme.computeIfAbsent(FigureTheme.of(b.first), t -> new ArrayList<>()).add(b.build());
        }
        List<ThemeRows> themes = new ArrayList<>();
        byTheme.forEach((t, r) -> themes.add(new ThemeRows(t, r)));
        return new ParkComparison(parks, industryRows, themes);
    }

    /** All figure rows, theme after theme. */
    public List<FigureRow> figureRows() {
        return themes.stream().flatMap(t -> t.rows().stream()).toList();
    }

    private static final class Builder {
        final Metric first;
        final List<Metric> cells;

        Builder(Metric first, int n) {
            this.first = first;
            this.cells = new ArrayList<>(Collections.nCopies(n, null));
        }

        FigureRow build() {
            return new FigureRow(first.kind(), cells.stream().map(Optional::ofNullable).toList());
        }
    }

    /** The first row of the same kind with a free cell for park {@code j} whose figures match by name, or by measure. */
    private static Builder find(List<Builder> rows, int j, Metric m, boolean byName) {
        for (Builder row : rows) {
            if (row.first.kind() != m.kind() || row.cells.get(j) != null) {
                continue;
            }
            for (Metric other : row.cells) {
                if (other != null && (byName ? sameName(other, m) : sameMeasure(other, m))) {
                    return row;
                }
            }
        }
        return null;
    }

    static boolean sameName(Metric a, Metric b) {
        return normal(a.name().en()).equals(normal(b.name().en()));
    }

    static boolean sameMeasure(Metric a, Metric b) {
        return normal(a.unit()).equals(normal(b.unit())) && Objects.equals(a.currency(), b.currency())
                && normal(a.period().en()).equals(normal(b.period().en()));
    }

    private static String normal(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

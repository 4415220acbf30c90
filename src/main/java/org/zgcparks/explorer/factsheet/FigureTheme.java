package org.zgcparks.explorer.factsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;

/**
 * The themes a sheet groups its figures by, in the order a reader (an investment delegation) asks about them.
 * Every target goes to {@link #PLANS}, so goals are never mixed with results. The other figures are sorted by what
 * they count, read from the figure's English name and unit: the dataset has no theme field, and these words are
 * stable across its sources ("foreign", "companies", "talents", "m²"...). A figure that fits no theme counts as
 * economy and output. It stays apart from the Compare view's {@code compare.FigureTheme}, which groups by unit alone
 * so that only like figures sit side by side (money, people, shares...) and has no place for targets: merging the
 * two would make one of them answer the other's question.
 */
enum FigureTheme {
    ECONOMY("economy"),
    INVESTMENT("investment"),
    ENTERPRISES("enterprises"),
    TALENT("talent"),
    SPACE("space"),
    PLANS("plans");

    private static final List<String> INVESTMENT_WORDS = List.of("foreign", "fortune 500", "import", "export",
            "trade", "invest", "capital", "fdi", "overseas", "countries", "global partnership");
    private static final List<String> TALENT_WORDS = List.of("talent", "people", "r&d", "research", "universit",
            "patent", "school", "scientist", "academ", "laborator", "institution", "engineer", "researcher");
    private static final List<String> SPACE_WORDS = List.of("m²", "km²", "km2", "hectare", "mu", "carrier",
            "building", "space", "land", "area", "floor");
    private static final List<String> ENTERPRISE_WORDS = List.of("compan", "enterprise", "firm", "sme", "giant",
            "unicorn", "start-up", "startup", "incubat", "listed");

    private final String id;

    FigureTheme(String id) {
        this.id = id;
    }

    /** The key of the theme's heading in the messages: {@code theme.economy}... */
    String messageKey() {
        return "theme." + id;
    }

    static FigureTheme of(Metric m) {
        if (m.kind() == MetricKind.TARGET) {
            return PLANS;
        }
        String words = (m.name().en() + " | " + m.unit()).toLowerCase(Locale.ROOT);
        if (containsAny(words, INVESTMENT_WORDS)) {
            return INVESTMENT;
        }
        String unit = m.unit().toLowerCase(Locale.ROOT);
        if (containsAny(unit, SPACE_WORDS)
                || m.name().en().toLowerCase(Locale.ROOT).matches("(?s).*\\b(space|land|floor area)\\b.*")) {
            return SPACE;
        }
        if (containsAny(words, ENTERPRISE_WORDS)) {
            return ENTERPRISES;
        }
        if (containsAny(words, TALENT_WORDS)) {
            return TALENT;
        }
        return ECONOMY;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (w.equals("mu") ? text.matches("(?s).*\\bmu\\b.*") : text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The figures grouped by theme, themes in reading order, figures in the dataset's order within each. */
    static Map<FigureTheme, List<Metric>> group(List<Metric> metrics) {
        Map<FigureTheme, List<Metric>> groups = new EnumMap<>(FigureTheme.class);
        for (Metric m : metrics) {
            groups.computeIfAbsent(of(m), k -> new ArrayList<>()).add(m);
        }
        return groups;
    }
}

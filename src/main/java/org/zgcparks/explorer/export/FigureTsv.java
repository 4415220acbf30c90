package org.zgcparks.explorer.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;

/**
 * Figures as tab-separated text, the clipboard format spreadsheets paste as cells: a header line, then one line per
 * figure. Values are plain numbers (so that Excel takes them as numbers), the qualifier, unit and currency in their
 * own columns. Tabs and line breaks inside a field become spaces.
 */
public final class FigureTsv {

    public static final List<String> HEADER = List.of("Figure", "Value", "Qualifier", "Unit", "Currency", "Period",
            "Target or actual", "YoY change %", "Source");

    private FigureTsv() {
    }

    public static String of(Dataset ds, List<Metric> figures, Locale locale) {
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER);
        for (Metric m : figures) {
            String sources = m.sourceIds().stream().map(id -> ds.source(id).orElse(null)).filter(Objects::nonNull)
                    .map(s -> s.publisher() + ", " + s.date() + ": " + s.title()).collect(Collectors.joining("; "));
            line(sb, List.of(m.name().in(locale), m.value().toPlainString(), m.qualifier().id(), m.unit(), m.currency(),
                    m.period().in(locale), m.kind().id(), m.yoyChangePct().map(v -> v.toPlainString()).orElse(""), sources));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(fields.get(i).replaceAll("[\\t\\r\\n]+", " "));
        }
        sb.append('\n');
    }
}

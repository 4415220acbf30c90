package org.zgcparks.explorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Source;

/**
 * The parks' figures as CSV: one row per figure, in the parks' order and then the dataset's. RFC 4180 (comma,
 * CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled), in UTF-8 with a byte
 * order mark: without the mark Excel reads a CSV file in the system's code page and garbles the Chinese names.
 * Writing CSV takes a dozen lines, so no library is used here; the tests read the output back with Apache Commons
 * CSV, an independent parser.
 */
public final class FigureCsv {

    /** The header row, in column order. */
    public static final List<String> COLUMNS = List.of("park_id", "park_name_en", "park_name_zh", "park_name_ru",
            "figure_id", "figure", "value", "value_to", "qualifier", "unit", "currency", "period", "target_or_actual",
            "yoy_change_pct", "source_title", "source_publisher", "source_date", "source_passage");

    /** Between the titles (dates, publishers) of a figure's several sources. */
    public static final String SOURCE_SEPARATOR = " | ";

    private static final char[] NEEDS_QUOTES = {',', '"', '\r', '\n'};

    private FigureCsv() {
    }

    /** The number of rows {@link #write} writes for these parks (not counting the header). */
    public static int rows(Dataset ds, List<Park> parks) {
        return parks.stream().mapToInt(p -> ds.metricsOf(p.id()).size()).sum();
    }

    public static void write(Dataset ds, List<Park> parks, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, COLUMNS);
        for (Park p : parks) {
            for (Metric m : ds.metricsOf(p.id())) {
                List<Source> sources = m.sourceIds().stream().map(id -> ds.source(id).orElse(null))
                        .filter(Objects::nonNull).toList();
                row(w, List.of(p.id(), p.names().en(), p.names().zh(), p.names().ru(),
                        m.id(), m.name().en(), m.value().toPlainString(),
                        m.valueTo().map(BigDecimal::toPlainString).orElse(""), m.qualifier().id(), m.unit(),
                        m.currency(), m.period().en(), m.kind().id(),
                        m.yoyChangePct().map(v -> v.toPlainString()).orElse(""),
                        join(sources, Source::title), join(sources, Source::publisher), join(sources, Source::date),
                        m.citations().stream().map(c -> c.at()).collect(Collectors.joining(SOURCE_SEPARATOR))));
            }
        }
        w.flush();
    }

    private static String join(List<Source> sources, Function<Source, String> field) {
        return sources.stream().map(field).collect(Collectors.joining(SOURCE_SEPARATOR));
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            field(w, fields.get(i) == null ? "" : fields.get(i));
        }
        w.write("\r\n");
    }

    private static void field(Writer w, String s) throws IOException {
        boolean quote = false;
        for (char c : NEEDS_QUOTES) {
            if (s.indexOf(c) >= 0) {
                quote = true;
                break;
            }
        }
        if (!quote) {
            w.write(s);
            return;
        }
        w.write('"');
        w.write(s.replace("\"", "\"\""));
        w.write('"');
    }
}

package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Qualifier;

/**
 * Maps the metrics: a subject that exists, a value (or a range from value to valueTo) with its unit, currency and
 * period, whether it is an actual figure or a target, and its sources.
 */
final class MetricMapper {

    private final JsonFields fields;
    private final TextFields texts;
    private final CitationMapper citations;

    MetricMapper(JsonFields fields, TextFields texts, CitationMapper citations) {
        this.fields = fields;
        this.texts = texts;
        this.citations = citations;
    }

    Metric metric(JsonNode n, String p, Set<String> subjects, Set<String> sourceIds) {
        String id = fields.id(n, p);
        String subject = fields.text(n, p, "subject", true);
        fields.reference(p + "/subject", subject, subjects, "park or region");
        LocalizedText name = texts.localized(n, p, "name", true);
        Qualifier qualifier = Qualifier.EXACT;
        String q = fields.text(n, p, "qualifier", false);
        if (q != null) {
            qualifier = Qualifier.fromId(q).orElse(null);
            if (qualifier == null) {
                fields.problem(p + "/qualifier", "unknown qualifier \"" + q + "\"; expected one of "
                        + Arrays.stream(Qualifier.values()).map(Qualifier::id).toList());
            }
        }
        BigDecimal value = fields.number(n, p, "value", true);
        BigDecimal valueTo = fields.number(n, p, "valueTo", false);
        if (value != null && valueTo != null && valueTo.compareTo(value) <= 0) {
            fields.problem(p + "/valueTo", "\"valueTo\" (" + valueTo.toPlainString()
                    + ") must be greater than \"value\" (" + value.toPlainString()
                    + "): a range runs from value to valueTo");
        }
        String unit = fields.text(n, p, "unit", false);
        if (unit == null || unit.isBlank()) {
            fields.problem(p + "/unit",
                    "metric \"" + id + "\" has no unit (use e.g. \"companies\", \"billion\", \"%\")");
        }
        String currency = fields.text(n, p, "currency", false);
        if (currency != null && !currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            fields.problem(p + "/currency",
                    "currency must be an ISO 4217 code such as CNY or USD, not \"" + currency + "\"");
        }
        LocalizedText period = texts.textOrLocalized(n, p, "period", false);
        if (period.isBlank()) {
            fields.problem(p + "/period", "metric \"" + id + "\" has no period (e.g. \"2020 target\", \"H1 2024\")");
        }
        String kindId = fields.text(n, p, "kind", true);
        MetricKind kind = null;
        if (kindId != null) {
            kind = MetricKind.fromId(kindId).orElse(null);
            if (kind == null) {
                fields.problem(p + "/kind", "metric kind must be \"actual\" or \"target\", not \"" + kindId + "\"");
            }
        }
        Optional<BigDecimal> yoy = Optional.ofNullable(fields.number(n, p, "yoyChangePct", false));
        List<Citation> sources = citations.sources(n, p, sourceIds);
        LocalizedText note = texts.textOrLocalized(n, p, "note", false);
        return new Metric(id, subject, name, qualifier, value, Optional.ofNullable(valueTo), unit == null ? "" : unit,
                currency == null ? "" : currency, period, kind, yoy, sources,
                note, texts.localized(n, p, "projectReading", false));
    }
}

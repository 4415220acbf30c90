package org.zgcparks.explorer.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A figure from a source.
 *
 * @param subjectId    the park or region the figure is about
 * @param unit         what is counted ("companies", "billion", "%", "km")
 * @param currency     ISO 4217 code for money figures (CNY, USD), else empty
 * @param period       when the figure applies, as the source says it ("2020 target", "H1 2024", "end of 2016")
 * @param yoyChangePct year-on-year change in percent, where the source gives one
 */
public record Metric(String id, String subjectId, LocalizedText name, Qualifier qualifier, BigDecimal value,
                     String unit, String currency, String period, MetricKind kind,
                     Optional<BigDecimal> yoyChangePct, List<String> sourceIds, String note) {
    public Metric {
        sourceIds = List.copyOf(sourceIds);
    }
}

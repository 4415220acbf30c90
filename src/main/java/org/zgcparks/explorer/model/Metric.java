package org.zgcparks.explorer.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A figure from a source.
 *
 * @param subjectId      the park or region the figure is about
 * @param valueTo        the upper end where the source gives a range ("three to five years": value 3, valueTo 5)
 * @param unit           what is counted ("companies", "billion", "%", "km")
 * @param currency       ISO 4217 code for money figures (CNY, USD), else empty
 * @param period         when the figure applies, as the source says it ("2020 target", "H1 2024", "end of 2016")
 * @param yoyChangePct   year-on-year change in percent, where the source gives one
 * @param citations      the sources that state it, each with its paragraph where given
 * @param projectReading a reading that goes beyond the sources, marked as the project's own (empty if none)
 */
public record Metric(String id, String subjectId, LocalizedText name, Qualifier qualifier, BigDecimal value,
                     Optional<BigDecimal> valueTo, String unit, String currency, String period, MetricKind kind,
                     Optional<BigDecimal> yoyChangePct, List<Citation> citations, String note,
                     LocalizedText projectReading) {
    public Metric {
        citations = List.copyOf(citations);
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
    }

    /** The ids of the sources cited, in order. */
    public List<String> sourceIds() {
        return Citation.ids(citations);
    }
}

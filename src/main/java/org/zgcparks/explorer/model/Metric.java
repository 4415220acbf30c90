package org.zgcparks.explorer.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A figure from a source.
 *
 * @param subjectId      the park or region the figure is about
 * @param valueTo        the upper end where the source gives a range ("three to five years": value 3, valueTo 5)
 * @param unit           what is counted, as a unit code the app formats in each language with plural forms
 *                       ("companies", "billion", "%", "km"; see figures*.properties)
 * @param currency       ISO 4217 code for money figures (CNY, USD), else empty
 * @param period         when the figure applies: a date form the app formats in each language ("2024", "2024-09",
 *                       "2024-H1") or a label in the three languages ("2020 target", "end of December 2016")
 * @param yoyChangePct   year-on-year change in percent, where the source gives one
 * @param citations      the sources that state it, each with its paragraph where given
 * @param projectReading a reading that goes beyond the sources, marked as the project's own (empty if none)
 */
public record Metric(String id, String subjectId, LocalizedText name, Qualifier qualifier, BigDecimal value,
                     Optional<BigDecimal> valueTo, String unit, String currency, LocalizedText period, MetricKind kind,
                     Optional<BigDecimal> yoyChangePct, List<Citation> citations, LocalizedText note,
                     LocalizedText projectReading) {
    public Metric {
        citations = List.copyOf(citations);
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
        note = note == null ? LocalizedText.EMPTY : note;
    }

    /** The ids of the sources cited, in order. */
    public List<String> sourceIds() {
        return Citation.ids(citations);
    }
}

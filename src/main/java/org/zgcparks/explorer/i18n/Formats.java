package org.zgcparks.explorer.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.DateSpec;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Source;

/**
 * Formatting of the model's values for people: figures, dates, areas, source citations. Used by views and fact
 * sheets; the dataset's translation check asks it which units and period forms it can format.
 */
public final class Formats {

    private final Messages messages;
    private final Figures figures;

    public Formats(Messages messages) {
        this.messages = messages;
        this.figures = new Figures(messages);
    }

    /**
     * A figure with its qualifier, currency and unit, with the language's plural forms and large-number words:
     * "more than 50 companies" / "超过 50 家" / "более 50 компаний", "CNY 88.52 billion" / "885.2 亿元" /
     * "88,52 млрд юаней", and for a range "3–5 years". Units the app does not know are shown as written.
     */
    public String value(Metric m) {
        return figures.value(m);
    }

    /** The figure's unit alone, for a label: "company" / "家" / "компания", "CNY billion" / "亿元" / "млрд юаней". */
    public String unit(Metric m) {
        return figures.unit(m.unit(), m.currency());
    }

    /** Whether the app can write a figure's unit in every language (the unit is in its catalogue). */
    public static boolean knownUnit(String unit) {
        return Figures.knownUnit(unit);
    }

    /** Whether a period written as a plain string is a date form formatted in each language ("2024-H1"). */
    public static boolean isPeriodForm(String period) {
        return Figures.isPeriodForm(period);
    }

    /** When a figure applies: "H1 2024" / "2024 年上半年" / "1-е полугодие 2024 г.", or the period's label. */
    public String period(Metric m) {
        return figures.period(m.period());
    }

    /** Year-on-year change, signed: "+16.1%", or empty. */
    public String yoy(Metric m) {
        return m.yoyChangePct().map(v -> (v.signum() >= 0 ? "+" : "") + plain(v) + "%").orElse("");
    }

    private String plain(BigDecimal v) {
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMaximumFractionDigits(2);
        return nf.format(v);
    }

    /** A date as exact as its source, in words: "2014-06-12", "2022–2024", "by 2024", "about 2016-12". */
    public String date(DateSpec d) {
        return switch (d.kind()) {
            case EXACT -> d.start();
            case RANGE -> messages.get("date.range", d.start(), d.end());
            case BY -> messages.get("date.by", d.end());
            case APPROXIMATE -> messages.get("date.approx", d.start());
        };
    }

    /** "Project's reading: …" in the user's language, or empty if there is no such reading. */
    public String projectReading(LocalizedText reading) {
        return reading.isBlank() ? "" : messages.get("overview.projectReading", reading.in(messages.locale()));
    }

    /** Short citations with their paragraphs: "Beijing (English) magazine 2017, Northern Territory, ¶2". */
    public String citations(Dataset ds, List<Citation> citations) {
        return citations.stream().map(c -> ds.source(c.sourceId()).map(s -> s.publisher(messages.locale()) + " " + s.date())
                        .orElse(c.sourceId()) + (c.at().isEmpty() ? "" : ", " + c.at()))
                .collect(Collectors.joining("; "));
    }

    /** A text in the user's language (English where the dataset has no translation). */
    public String text(LocalizedText t) {
        return t.in(messages.locale());
    }

    /** "Title — Publisher, 2024" for one source. */
    public String citation(Source s) {
        return s.title(messages.locale()) + " — " + s.publisher(messages.locale()) + ", " + s.date();
    }

    /** Short citations of several sources: "Publisher 2024; Publisher 2024". */
    public String shortCitations(Dataset ds, List<String> sourceIds) {
        return sourceIds.stream().map(id -> ds.source(id).map(s -> s.publisher(messages.locale()) + " " + s.date()).orElse(id))
                .collect(Collectors.joining("; "));
    }

    /** The park's approximate area from its outline, or a note that it is a point. */
    public String area(Park park) {
        if (park.outline().isEmpty()) {
            return messages.get("overview.area.point");
        }
        double km2 = Polygons.areaKm2(park.outline().get());
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMaximumFractionDigits(km2 < 10 ? 2 : 1);
        return messages.get("overview.area.value", nf.format(km2));
    }
}

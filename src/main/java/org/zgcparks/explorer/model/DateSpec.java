package org.zgcparks.explorer.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as exact as its source: a day, month or year ({@code 2014-06-12}, {@code 2014-06}, {@code 2014}), a range
 * ({@code 2022/2024}), an upper bound ("by 2024": {@code ../2024}) or an approximate date ({@code 2016-12~}). The
 * written forms are those of ISO 8601-2 / the Library of Congress Extended Date/Time Format (EDTF, level 1).
 *
 * @param kind  which of the four forms
 * @param start the first date of a range, the date itself for exact and approximate dates, empty for "by"
 * @param end   the last date of a range or the bound of a "by" date, the date itself otherwise
 */
public record DateSpec(Kind kind, String start, String end) implements Comparable<DateSpec> {

    /** The four forms a date can take. */
    public enum Kind { EXACT, RANGE, BY, APPROXIMATE }

    private static final String PART = "\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?";
    private static final Pattern EXACT = Pattern.compile("(" + PART + ")");
    private static final Pattern RANGE = Pattern.compile("(" + PART + ")/(" + PART + ")");
    private static final Pattern BY = Pattern.compile("\\.\\./(" + PART + ")");
    private static final Pattern APPROXIMATE = Pattern.compile("(" + PART + ")~");

    private static final Comparator<DateSpec> ORDER = Comparator.comparing(DateSpec::sortKey)
            .thenComparing(DateSpec::kind);

    public static DateSpec exact(String date) {
        return new DateSpec(Kind.EXACT, date, date);
    }

    /**
     * Reads one of the four written forms; empty if the text is none of them or a range does not start before it
     * ends.
     */
    public static Optional<DateSpec> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = EXACT.matcher(text)).matches()) {
            return Optional.of(exact(m.group(1)));
        }
        if ((m = RANGE.matcher(text)).matches()) {
            return m.group(1).compareTo(m.group(2)) < 0
                    ? Optional.of(new DateSpec(Kind.RANGE, m.group(1), m.group(2))) : Optional.empty();
        }
        if ((m = BY.matcher(text)).matches()) {
            return Optional.of(new DateSpec(Kind.BY, "", m.group(1)));
        }
        if ((m = APPROXIMATE.matcher(text)).matches()) {
            return Optional.of(new DateSpec(Kind.APPROXIMATE, m.group(1), m.group(1)));
        }
        return Optional.empty();
    }

    /** Whether the text has the shape of a range whose end is not after its start (for a clearer message). */
    public static boolean isReversedRange(String text) {
        Matcher m = text == null ? null : RANGE.matcher(text);
        return m != null && m.matches() && m.group(1).compareTo(m.group(2)) >= 0;
    }

    /** The written (EDTF) form, as in a dataset file. */
    public String edtf() {
        return switch (kind) {
            case EXACT -> start;
            case RANGE -> start + "/" + end;
            case BY -> "../" + end;
            case APPROXIMATE -> start + "~";
        };
    }

    /** The date that orders it among others: a range by its start, "by" dates by their bound. */
    public String sortKey() {
        return kind == Kind.BY ? end : start;
    }

    /** The year a date falls in or ends in, for grouping (e.g. "2024"). */
    public String year() {
        return end.substring(0, 4);
    }

    @Override
    public int compareTo(DateSpec o) {
        return ORDER.compare(this, o);
    }

    /**
     * A compact, language-neutral form: {@code 2014-06-12}, {@code 2022–2024}, {@code ≤ 2024}, {@code ~2016-12}.
     * The user interface spells the forms out in the user's language (see the i18n formats).
     */
    @Override
    public String toString() {
        return switch (kind) {
            case EXACT -> start;
            case RANGE -> start + "–" + end;
            case BY -> "≤ " + end;
            case APPROXIMATE -> "~" + start;
        };
    }
}

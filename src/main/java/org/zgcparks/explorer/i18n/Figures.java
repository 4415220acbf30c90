package org.zgcparks.explorer.i18n;

import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Qualifier;

/**
 * Figures and their periods in one language, formatted rather than translated: ICU4J supplies the plural
 * categories (Russian one/few/many), the large-number words (billion, 亿, млрд) and month names; the units and
 * their plural forms are in {@code figures*.properties}. ICU because the JDK's ChoiceFormat knows no plural
 * categories and its CompactNumberFormat cannot be told to keep every digit the source gives.
 */
final class Figures {

    /** The date forms of a period the app formats itself: a year, a month, or a half-year ("2024-H1"). */
    static final Pattern PERIOD_FORM = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])|-H([12]))?");

    private static final String BUNDLE = "org.zgcparks.explorer.i18n.figures";

    private final Messages messages;
    private final Locale locale;
    private final ULocale uLocale;
    private final ResourceBundle bundle;

    Figures(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
        this.uLocale = ULocale.forLocale(locale);
        this.bundle = bundle(locale);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether the app can write the unit in every language (it is in the figures catalogue). */
    static boolean knownUnit(String unit) {
        ResourceBundle en = bundle(Locale.ENGLISH);
        return en.containsKey("unit." + unit) || en.containsKey("fixed." + unit);
    }

    /** Whether a period written as a plain string is a date form the app formats in every language. */
    static boolean isPeriodForm(String period) {
        return PERIOD_FORM.matcher(period).matches();
    }

    String value(Metric m) {
        Optional<Integer> scale = string("scale." + m.unit()).map(Integer::parseInt);
        String number = scale.map(s -> compact(m.value().scaleByPowerOfTen(s))
                        + m.valueTo().map(to -> "–" + compact(to.scaleByPowerOfTen(s))).orElse(""))
                .orElseGet(() -> plain(m.value()) + m.valueTo().map(to -> "–" + plain(to)).orElse(""));
        if (!m.currency().isEmpty()) {
            String sum = number;
            number = string("currency." + m.currency()).map(p -> p.replace("{0}", sum))
                    .orElse(m.currency() + " " + sum);
        }
        BigDecimal pluralValue = m.valueTo().orElse(m.value());
        String grammaticalCase = m.qualifier() == Qualifier.EXACT ? "nom"
                : string("case." + m.qualifier().id()).orElse("nom");
        String core;
        Optional<String> counted = string("unit." + m.unit());
        Optional<String> fixed = string("fixed." + m.unit());
        if (counted.isPresent()) {
            core = format(counted.get(), number, pluralValue, grammaticalCase);
        } else if (fixed.isPresent()) {
            core = format(fixed.get(), number);
        } else if (m.unit().startsWith("%")) {
            core = number + m.unit();
        } else {
            core = number + " " + m.unit();
        }
        return m.qualifier() == Qualifier.EXACT ? core : messages.get("qualifier." + m.qualifier().id(), core);
    }

    /**
     * The unit alone, as the language writes it after a number: the unit of "1 company" / "1 家" / "1 компания",
     * "CNY 1 billion" / "10 亿元" / "1 млрд юаней" without the number. Written through the same catalogue as the
     * values, so a unit label and the values beside it always agree.
     */
    String unit(String unit, String currency) {
        Optional<Integer> scale = string("scale." + unit).map(Integer::parseInt);
        String number = scale.map(s -> compact(BigDecimal.ONE.scaleByPowerOfTen(s))).orElseGet(() -> plain(BigDecimal.ONE));
        if (!currency.isEmpty()) {
            String sum = number;
            number = string("currency." + currency).map(p -> p.replace("{0}", sum)).orElse(currency + " " + sum);
        }
        String n = number;
        String written = string("unit." + unit).map(p -> format(p, n, BigDecimal.ONE, "nom"))
                .or(() -> string("fixed." + unit).map(p -> format(p, n)))
                .orElse(unit.startsWith("%") ? n + unit : n + " " + unit);
        return written.replaceAll("\\d+", "").replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    String period(LocalizedText period) {
        boolean translated = !period.zh().isBlank() || !period.ru().isBlank();
        Matcher f = PERIOD_FORM.matcher(period.en());
        if (translated || !f.matches()) {
            return period.in(locale);
        }
        int year = Integer.parseInt(f.group(1));
        if (f.group(3) != null) {
            return format(string("period.half").orElse("{0} H{1}"), String.valueOf(year), f.group(3));
        }
        if (f.group(2) == null) {
            return format(string("period.year").orElse("{0}"), String.valueOf(year));
        }
        Calendar cal = Calendar.getInstance(uLocale);
        cal.clear();
        cal.set(year, Integer.parseInt(f.group(2)) - 1, 1);
        return spaced(DateFormat.getInstanceForSkeleton("yMMMM", uLocale).format(cal.getTime()));
    }

    /** Chinese with a space between digits and characters, as the app writes "2024 年 9 月" and "885.2 亿元". */
    private String spaced(String s) {
        return "zh".equals(locale.getLanguage())
                ? s.replaceAll("(\\d)(\\p{IsHan})", "$1 $2").replaceAll("(\\p{IsHan})(\\d)", "$1 $2") : s;
    }

    /** A number with every digit the source gives, grouped the language's way: "25,000", "25 000". */
    private String plain(BigDecimal v) {
        return NumberFormatter.withLocale(uLocale).precision(Precision.maxFraction(3)).format(v).toString();
    }

    /**
     * A large number in the language's words for powers of ten: "88.52 billion", "885.2 亿", "88,52 млрд".
     */
    private String compact(BigDecimal v) {
        Notation notation = "en".equals(locale.getLanguage()) ? Notation.compactLong() : Notation.compactShort();
        String s = NumberFormatter.withLocale(uLocale).notation(notation).precision(Precision.maxFraction(3))
                .format(v).toString();
        return spaced(s);
    }

    private String format(String pattern, Object... args) {
        return new MessageFormat(pattern, uLocale).format(args);
    }

    private Optional<String> string(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}

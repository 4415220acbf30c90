package org.zgcparks.explorer.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-interface texts in one language (English, Chinese or Russian), from {@code messages*.properties}. */
public final class Messages {

    /** The languages the interface is translated into. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE, new Locale("ru"));

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale requested) {
        this.locale = supported(requested);
        this.bundle = ResourceBundle.getBundle("org.zgcparks.explorer.i18n.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The supported locale with the requested language, or English. */
    public static Locale supported(Locale requested) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for the key, formatted when arguments are given: with ICU's {@code MessageFormat} when the pattern
     * has plural forms ({@code {0, plural, one {# park} few {# парка} many {# парков} other {# парка}}}: CLDR's rules,
     * so Russian gets its three forms, which the JDK's {@code ChoiceFormat} cannot express), else with the JDK's
     * {@link MessageFormat}. ICU is loaded only for such patterns.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        if (pattern.contains("plural,")) {
            return new com.ibm.icu.text.MessageFormat(pattern, locale).format(args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}

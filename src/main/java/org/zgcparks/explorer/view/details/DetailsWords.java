package org.zgcparks.explorer.view.details;

import java.text.NumberFormat;
import java.util.Locale;
import org.zgcparks.explorer.i18n.Messages;

/** The small words of the details written as the reader's language writes them: distances, languages, headings. */
final class DetailsWords {

    private DetailsWords() {
    }

    /**
     * A distance in the language's units and number format: "1.2 km" / "1.2 千米" / "1,2 км", "850 m" / "850 米" /
     * "850 м"; "?" when unknown.
     */
    static String distance(double metres, Messages messages) {
        if (Double.isInfinite(metres) || Double.isNaN(metres)) {
            return "?";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMaximumFractionDigits(metres >= 1000 ? 1 : 0);
        nf.setMinimumFractionDigits(metres >= 1000 ? 1 : 0);
        return metres >= 1000 ? messages.get("unit.distance.km", nf.format(metres / 1000))
                : messages.get("unit.distance.m", nf.format(metres));
    }

    /** A source's language by its name in the reader's language ("English", "英文", "английский"), from its code. */
    static String languageName(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isBlank() ? code : name;
    }

    /**
     * The name with its first letter capitalised in the reader's language, for a heading: the dataset writes Russian
     * names whose first word is a common noun ("улица Чжунгуаньцунь", "парк Хайдянь") lowercase, as they stand inside
     * a sentence.
     */
    static String capitalised(String name, Locale locale) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first).toUpperCase(locale) + name.substring(first);
    }
}

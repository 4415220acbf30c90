package org.zgcparks.explorer.factsheet;

import java.util.Locale;
import org.zgcparks.explorer.i18n.Messages;

/**
 * How a booklet is made: the language it is written in (cover, contents, park pages, charts), and whether it has
 * chart pages.
 *
 * @param language one of {@link Messages#SUPPORTED} (another is taken as the nearest supported one)
 * @param charts   chart pages after the contents
 */
public record BookletOptions(Locale language, boolean charts) {

    public BookletOptions {
        language = Messages.supported(language);
    }

    /** The booklet as the app has always made it: in the given language, without charts. */
    public static BookletOptions plain(Locale language) {
        return new BookletOptions(language, false);
    }
}

package org.zgcparks.explorer.view.details;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.i18n.Messages;

/** Distances and source languages in the details are written in the reader's language. */
class DetailsWordsTest {

    static final Locale RU = new Locale("ru");

    @Test
    void aDistanceIsInTheLanguagesUnitsAndNumbers() {
        assertEquals("1.2 km", DetailsWords.distance(1234, new Messages(Locale.ENGLISH)));
        assertEquals("850 m", DetailsWords.distance(850.2, new Messages(Locale.ENGLISH)));
        assertEquals("1.2 千米", DetailsWords.distance(1234, new Messages(Locale.CHINESE)));
        assertEquals("850 米", DetailsWords.distance(850.2, new Messages(Locale.CHINESE)));
        assertEquals("1,2 км", DetailsWords.distance(1234, new Messages(RU)));
        assertEquals("850 м", DetailsWords.distance(850.2, new Messages(RU)));
        assertEquals("?", DetailsWords.distance(Double.POSITIVE_INFINITY, new Messages(RU)));
    }

    @Test
    void aSourcesLanguageIsNamedInTheReadersLanguage() {
        assertEquals("English", DetailsWords.languageName("en", Locale.ENGLISH));
        assertEquals("英语", DetailsWords.languageName("en", Locale.CHINESE));
        assertEquals("китайский", DetailsWords.languageName("zh", RU));
        assertEquals("русский", DetailsWords.languageName("ru", RU));
    }

    @Test
    void aHeadingStartsWithACapitalAsTheLanguageWritesIt() {
        assertEquals("Улица Чжунгуаньцунь", DetailsWords.capitalised("улица Чжунгуаньцунь", RU));
        assertEquals("中关村", DetailsWords.capitalised("中关村", Locale.CHINESE));
        assertEquals("", DetailsWords.capitalised("", RU));
    }
}

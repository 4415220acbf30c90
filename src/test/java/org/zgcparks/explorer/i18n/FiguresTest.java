package org.zgcparks.explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Qualifier;

/** Figures, units and periods are formatted in each language with its plural forms and number words. */
class FiguresTest {

    static final Formats EN = new Formats(new Messages(Locale.ENGLISH));
    static final Formats ZH = new Formats(new Messages(Locale.CHINESE));
    static final Formats RU = new Formats(new Messages(new Locale("ru")));

    static Metric metric(Qualifier q, String value, String valueTo, String unit, String currency, String period) {
        return new Metric("m", "p", LocalizedText.english("x"), q, new BigDecimal(value),
                Optional.ofNullable(valueTo).map(BigDecimal::new), unit, currency, LocalizedText.english(period),
                MetricKind.ACTUAL, Optional.empty(), List.of(), LocalizedText.EMPTY, LocalizedText.EMPTY);
    }

    static void formats(Metric m, String en, String zh, String ru) {
        assertEquals(en, EN.value(m));
        assertEquals(zh, ZH.value(m));
        assertEquals(ru, RU.value(m));
    }

    @Test
    void countsTakeTheLanguagesPluralFormsAndRussianCasesAfterQualifiers() {
        formats(metric(Qualifier.MORE_THAN, "50", null, "companies", "", "2024"),
                "more than 50 companies", "超过 50 家", "более 50 компаний");
        formats(metric(Qualifier.EXACT, "1", null, "companies", "", "2024"),
                "1 company", "1 家", "1 компания");
        formats(metric(Qualifier.EXACT, "23", null, "parks", "", "2024"), "23 parks", "23 个", "23 парка");
        formats(metric(Qualifier.EXACT, "17", null, "companies", "", "2024"), "17 companies", "17 家", "17 компаний");
        formats(metric(Qualifier.MORE_THAN, "21", null, "companies", "", "2024"),
                "more than 21 companies", "超过 21 家", "более 21 компании");
        formats(metric(Qualifier.NEARLY, "2000", null, "enterprises", "", "2024"),
                "nearly 2,000 enterprises", "近 2,000 家", "почти 2\u00a0000 предприятий");
        formats(metric(Qualifier.EXACT, "3", "5", "years", "", "2024"), "3–5 years", "3–5 年", "3–5 лет");
        formats(metric(Qualifier.EXACT, "2", "3", "years", "", "2024"), "2–3 years", "2–3 年", "2–3 года");
    }

    @Test
    void sumsOfMoneyUseTheLanguagesWordsForLargeNumbers() {
        formats(metric(Qualifier.EXACT, "88.52", null, "billion", "CNY", "2024-H1"),
                "CNY 88.52 billion", "885.2 亿元", "88,52\u00a0млрд юаней");
        formats(metric(Qualifier.MORE_THAN, "700", null, "billion", "CNY", "2024"),
                "more than CNY 700 billion", "超过 7000 亿元", "более 700\u00a0млрд юаней");
        formats(metric(Qualifier.EXACT, "294", null, "million", "USD", "2024-H1"),
                "USD 294 million", "2.94 亿美元", "294\u00a0млн долларов США");
        formats(metric(Qualifier.EXACT, "1", null, "trillion", "CNY", "2024"),
                "CNY 1 trillion", "1 万亿元", "1\u00a0трлн юаней");
        formats(metric(Qualifier.EXACT, "6.534", null, "billion", "CNY", "2016"),
                "CNY 6.534 billion", "65.34 亿元", "6,534\u00a0млрд юаней");
        formats(metric(Qualifier.EXACT, "8", null, "million per metre", "CNY", "2017"),
                "CNY 8 million per metre", "每米 800 万元", "8\u00a0млн юаней на метр");
        formats(metric(Qualifier.MORE_THAN, "6", null, "million m²", "", "2024"),
                "more than 6 million m²", "超过 600 万平方米", "более 6\u00a0млн м²");
    }

    @Test
    void percentagesAndMeasures() {
        formats(metric(Qualifier.EXACT, "69", null, "%", "", "2024"), "69%", "69%", "69 %");
        formats(metric(Qualifier.LESS_THAN, "200", null, "m", "", "2017"), "less than 200 m", "不到 200 米", "менее 200 м");
        formats(metric(Qualifier.EXACT, "10.5", null, "% year on year", "", "2018"),
                "10.5% year on year", "同比 10.5%", "10,5 % в годовом исчислении");
    }

    @Test
    void anUnknownUnitIsShownAsWritten() {
        assertEquals("5 widgets", RU.value(metric(Qualifier.EXACT, "5", null, "widgets", "", "2024")));
    }

    @Test
    void periodsAreFormattedFromTheirDateForm() {
        Metric h1 = metric(Qualifier.EXACT, "1", null, "%", "", "2024-H1");
        assertEquals("H1 2024", EN.period(h1));
        assertEquals("2024 年上半年", ZH.period(h1));
        assertEquals("1-е полугодие 2024\u00a0г.", RU.period(h1));
        Metric september = metric(Qualifier.EXACT, "1", null, "%", "", "2024-09");
        assertEquals("September 2024", EN.period(september));
        assertEquals("2024 年 9 月", ZH.period(september));
        assertEquals("сентябрь 2024\u202fг.", RU.period(september));
        Metric year = metric(Qualifier.EXACT, "1", null, "%", "", "2018");
        assertEquals("2018", EN.period(year));
        assertEquals("2018 年", ZH.period(year));
        assertEquals("2018\u00a0г.", RU.period(year));
    }

    @Test
    void aLabelledPeriodIsShownInTheReadersLanguage() {
        Metric target = new Metric("m", "p", LocalizedText.english("x"), Qualifier.EXACT, BigDecimal.ONE, Optional.empty(),
                "%", "", new LocalizedText("2020 target", "2020 年目标", "цель на 2020 г."), MetricKind.TARGET,
                Optional.empty(), List.of(), LocalizedText.EMPTY, LocalizedText.EMPTY);
        assertEquals("2020 target", EN.period(target));
        assertEquals("2020 年目标", ZH.period(target));
        assertEquals("цель на 2020 г.", RU.period(target));
    }

    static void unit(Metric m, String en, String zh, String ru) {
        assertEquals(en, EN.unit(m));
        assertEquals(zh, ZH.unit(m));
        assertEquals(ru, RU.unit(m));
    }

    @Test
    void aUnitAloneIsWrittenInTheLanguageNotAsTheDatasetsCode() {
        unit(metric(Qualifier.MORE_THAN, "50", null, "companies", "", "2024"), "company", "家", "компания");
        unit(metric(Qualifier.EXACT, "88.52", null, "billion", "CNY", "2024-H1"), "CNY billion", "亿元", "млрд юаней");
        unit(metric(Qualifier.EXACT, "294", null, "million", "USD", "2024-H1"), "USD million", "万美元", "млн долларов США");
        unit(metric(Qualifier.EXACT, "7.2", null, "km", "", "2024"), "km", "千米", "км");
        unit(metric(Qualifier.EXACT, "16.1", null, "%", "", "2024"), "%", "%", "%");
    }
}

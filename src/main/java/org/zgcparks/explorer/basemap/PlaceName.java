package org.zgcparks.explorer.basemap;

import java.util.Locale;

/**
 * A basemap feature's name in Chinese, English and Russian; any of them may be empty (the data pack has Russian
 * names only for districts and waters, and GeoNames gives no Chinese name for some villages).
 */
public record PlaceName(String zh, String en, String ru) {

    public PlaceName {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
        ru = ru == null ? "" : ru;
    }

    /**
     * The name to show in this language: Chinese in zh; English in en; Russian in ru where the data has it, else
     * its Latin (pinyin) name in Cyrillic by the Palladius system, as Russian maps write Chinese places ("Tongzhou"
     * → "Тунчжоу"), or the Latin name as it is when that is not pinyin. Falls back to whichever name exists; empty
     * only when the feature has no name at all.
     */
    public String in(Locale language) {
        String lang = language.getLanguage();
        String first = switch (lang) {
            case "zh" -> zh;
            case "ru" -> ru.isEmpty() ? Palladius.convert(en).orElse(en) : ru;
            default -> en;
        };
        if (!first.isEmpty()) {
            return first;
        }
        return !en.isEmpty() ? en : zh;
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty() && ru.isEmpty();
    }
}

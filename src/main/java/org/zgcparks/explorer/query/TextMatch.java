package org.zgcparks.explorer.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation for matching names typed in any of the app's languages: case-folded, accents and pinyin
 * tone marks removed (ü kept as u), spaces, hyphens and punctuation dropped, Russian ё folded to е.
 * "Zhōngguāncūn", "zhong guan cun" and "ZHONGGUANCUN" all become "zhongguancun".
 */
public final class TextMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}\\p{Pd}·・'’‘“”«»（）()，。、]+");

    private TextMatch() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('ü', 'v');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll("");
        return s.replace('v', 'u');
    }
}

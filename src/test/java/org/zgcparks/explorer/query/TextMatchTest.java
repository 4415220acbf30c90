package org.zgcparks.explorer.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void pinyinWithTonesSpacesAndCaseFoldsToOneForm() {
        assertEquals("zhongguancun", TextMatch.normalize("Zhōngguāncūn"));
        assertEquals("zhongguancun", TextMatch.normalize("zhong guan cun"));
        assertEquals("zhongguancun", TextMatch.normalize("ZHONG-GUAN-CUN"));
        assertEquals("lu", TextMatch.normalize("lǜ"));
        assertEquals("lu", TextMatch.normalize("lv"));
    }

    @Test
    void chineseAndRussianAreKept() {
        assertEquals("亦庄", TextMatch.normalize("亦庄"));
        assertEquals("чжунгуаньцунь", TextMatch.normalize("«Чжунгуаньцунь»"));
        assertEquals("еж", TextMatch.normalize("ЁЖ"));
        assertEquals("", TextMatch.normalize(null));
    }
}

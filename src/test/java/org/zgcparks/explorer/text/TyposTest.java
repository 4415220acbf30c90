package org.zgcparks.explorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void aSwapIsOneSlipAsAreAMissingALeftOverAndAWrongLetter() {
        assertEquals(0, Typos.distance("bda", "bda"));
        assertEquals(1, Typos.distance("haidain", "haidian"), "two letters swapped");
        assertEquals(1, Typos.distance("aerospce", "aerospace"), "one letter missing");
        assertEquals(1, Typos.distance("daxingg", "daxing"), "one letter too many");
        assertEquals(1, Typos.distance("chaoyamg", "chaoyang"), "one wrong letter");
        assertEquals(3, Typos.distance("", "abc"));
    }
}

package org.nuanxin.insurance.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YuanTest {

    @Test
    void shouldWriteTwoDecimalsInPlainNotation() {
        assertEquals("90000.00", Yuan.format(new BigDecimal("90000")));
        assertEquals("90000.00", Yuan.format(new BigDecimal("9E+4")));
        assertEquals("0.50", Yuan.format(new BigDecimal("0.5")));
    }

    @Test
    void shouldRefuseToRoundAFractionOfAFen() {
        assertThrows(ArithmeticException.class, () -> Yuan.format(new BigDecimal("300.005")));
    }

    @Test
    void shouldAcceptNonNegativeAmountsWithAtMostTwoDecimals() {
        for (String ok : new String[]{"0", "0.5", "300.00", "4510000", "999999999999.99"}) {
            assertTrue(ok.matches(Yuan.PATTERN), ok);
        }
        for (String bad : new String[]{"-1", "1.234", "abc", "", "1e6", "0100", "1.", ".5", "1000000000000", " 1"}) {
            assertFalse(bad.matches(Yuan.PATTERN), bad);
        }
    }

    @Test
    void shouldParseToTheStoredScale() {
        assertEquals(new BigDecimal("1200000.50"), Yuan.parse("1200000.5"));
    }
}

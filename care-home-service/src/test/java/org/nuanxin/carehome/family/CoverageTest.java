package org.nuanxin.carehome.family;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoverageTest {

    @Test
    void shouldGiveTheShareInPercentWithOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), Coverage.percent(2, 3));
        assertEquals(new BigDecimal("60.0"), Coverage.percent(6, 10));
        assertEquals(new BigDecimal("100.0"), Coverage.percent(7, 7));
    }

    @Test
    void shouldGiveZeroWhereThereAreNoFamilies() {
        assertEquals(new BigDecimal("0.0"), Coverage.percent(0, 0));
    }
}

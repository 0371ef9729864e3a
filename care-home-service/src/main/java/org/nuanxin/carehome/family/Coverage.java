package org.nuanxin.carehome.family;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The coverage rule: the share served, in percent with one decimal, rounded half up. */
final class Coverage {

    private Coverage() {
    }

    static BigDecimal percent(long served, long families) {
        if (families == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(served * 100).divide(BigDecimal.valueOf(families), 1, RoundingMode.HALF_UP);
    }
}

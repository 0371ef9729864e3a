package org.nuanxin.carehome.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan as the API writes them: decimal strings with exactly two decimals (the project's convention). */
public final class Yuan {

    /** A non-negative amount of at most 12 integer digits and 2 decimals, as NUMERIC(14,2) holds it. */
    public static final String PATTERN = "(0|[1-9]\\d{0,11})(\\.\\d{1,2})?";

    private Yuan() {
    }

    public static String format(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    public static BigDecimal parse(String text) {
        return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
    }
}

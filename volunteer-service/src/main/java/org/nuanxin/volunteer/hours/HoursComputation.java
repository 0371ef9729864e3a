package org.nuanxin.volunteer.hours;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The minutes a verified check-in/check-out pair credits. */
public final class HoursComputation {

    private HoursComputation() {
    }

    /** Whole minutes from check-in to check-out, capped; 0 for a check-out not after the check-in. */
    public static int creditedMinutes(OffsetDateTime checkedIn, OffsetDateTime checkedOut, Duration cap) {
        if (checkedIn == null || checkedOut == null || !checkedOut.isAfter(checkedIn)) {
            return 0;
        }
        Duration worked = Duration.between(checkedIn, checkedOut);
        return (int) Math.min(worked.toMinutes(), cap.toMinutes());
    }

    /** Minutes as decimal hours with one decimal, as the national record takes them: 95 → "1.6". */
    public static String hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }
}

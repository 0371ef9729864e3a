package org.nuanxin.gateway.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a target has come. Progress is the share of the way from the baseline to the target value covered by the
 * value now (0–100; the way runs down for an indicator where lower is better). A target is
 * <ul>
 *   <li>{@code ACHIEVED} when the value is at or beyond the target,</li>
 *   <li>{@code MISSED} when the deadline (inclusive) has passed without that,</li>
 *   <li>{@code ON_TRACK} when progress is at least the share of the time gone from the day it was set to the
 *       deadline, less {@link #TOLERANCE} points,</li>
 *   <li>{@code AT_RISK} otherwise.</li>
 * </ul>
 */
public record TargetProgress(BigDecimal percent, TargetStatus status) {

    /** Percentage points progress may lag behind the time gone and still be on track. */
    static final BigDecimal TOLERANCE = BigDecimal.TEN;

    static TargetProgress of(BigDecimal baseline, BigDecimal target, BigDecimal current, boolean higherIsBetter,
                             LocalDate setOn, LocalDate deadline, LocalDate today) {
        BigDecimal way = higherIsBetter ? target.subtract(baseline) : baseline.subtract(target);
        BigDecimal covered = higherIsBetter ? current.subtract(baseline) : baseline.subtract(current);
        boolean reached = higherIsBetter ? current.compareTo(target) >= 0 : current.compareTo(target) <= 0;
        BigDecimal percent = reached ? BigDecimal.valueOf(100)
                : way.signum() <= 0 ? BigDecimal.ZERO
                : clamp(covered.multiply(BigDecimal.valueOf(100)).divide(way, 1, RoundingMode.HALF_UP));
        percent = percent.setScale(1, RoundingMode.HALF_UP);
        if (reached) {
            return new TargetProgress(percent, TargetStatus.ACHIEVED);
        }
        if (today.isAfter(deadline)) {
            return new TargetProgress(percent, TargetStatus.MISSED);
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(setOn, deadline));
        long gone = Math.max(0, ChronoUnit.DAYS.between(setOn, today));
        BigDecimal timeGone = BigDecimal.valueOf(gone * 100).divide(BigDecimal.valueOf(span), 1, RoundingMode.HALF_UP);
        return new TargetProgress(percent,
                percent.compareTo(timeGone.subtract(TOLERANCE)) >= 0 ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK);
    }

    private static BigDecimal clamp(BigDecimal percent) {
        return percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    }
}

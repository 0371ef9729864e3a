package org.nuanxin.gateway.targets;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetProgressTest {

    private static final LocalDate SET = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static TargetProgress higher(String baseline, String target, String now, LocalDate today) {
        return TargetProgress.of(new BigDecimal(baseline), new BigDecimal(target), new BigDecimal(now), true, SET, DEADLINE, today);
    }

    @Test
    void shouldCallATargetAchievedExactlyAtItsValue() {
        TargetProgress progress = higher("80", "100", "100", LocalDate.of(2026, 3, 1));
        assertEquals(TargetStatus.ACHIEVED, progress.status());
        assertEquals(new BigDecimal("100.0"), progress.percent());
        assertEquals(TargetStatus.ACHIEVED, higher("80", "100", "100", DEADLINE.plusDays(30)).status(),
                "reached targets stay achieved after the deadline");
    }

    @Test
    void shouldMeasureProgressFromTheBaselineAndCompareItWithTheTimeGone() {
        // half the way on 2 July: half of the year gone → on track
        TargetProgress halfway = higher("80", "100", "90", LocalDate.of(2026, 7, 2));
        assertEquals(new BigDecimal("50.0"), halfway.percent());
        assertEquals(TargetStatus.ON_TRACK, halfway.status());
        // a quarter of the way with half the year gone: more than ten points behind → at risk
        assertEquals(TargetStatus.AT_RISK, higher("80", "100", "85", LocalDate.of(2026, 7, 2)).status());
        // 41% of the way with 50% of the time gone: within the ten points → on track
        assertEquals(TargetStatus.ON_TRACK, higher("0", "100", "41", LocalDate.of(2026, 7, 2)).status());
        // below the baseline counts as no progress, not negative
        assertEquals(new BigDecimal("0.0"), higher("80", "100", "70", LocalDate.of(2026, 1, 2)).percent());
    }

    @Test
    void shouldMissATargetTheDayAfterItsDeadline() {
        assertEquals(TargetStatus.AT_RISK, higher("80", "100", "85", DEADLINE).status(), "the deadline day still counts");
        assertEquals(TargetStatus.MISSED, higher("80", "100", "99.9", DEADLINE.plusDays(1)).status());
    }

    @Test
    void shouldRunTheWayDownForIndicatorsWhereLowerIsBetter() {
        TargetProgress progress = TargetProgress.of(new BigDecimal("40"), new BigDecimal("0"), new BigDecimal("10"), false,
                SET, DEADLINE, LocalDate.of(2026, 7, 2));
        assertEquals(new BigDecimal("75.0"), progress.percent());
        assertEquals(TargetStatus.ON_TRACK, progress.status());
        assertEquals(TargetStatus.ACHIEVED, TargetProgress.of(new BigDecimal("40"), new BigDecimal("0"), BigDecimal.ZERO,
                false, SET, DEADLINE, LocalDate.of(2026, 7, 2)).status());
    }

    @Test
    void shouldNotDivideByZeroWhenTheTargetIsTheBaseline() {
        assertEquals(TargetStatus.ACHIEVED, higher("100", "100", "100", LocalDate.of(2026, 2, 1)).status());
        assertEquals(new BigDecimal("0.0"), higher("100", "100", "99", LocalDate.of(2026, 2, 1)).percent());
    }
}

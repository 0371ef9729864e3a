package org.nuanxin.family.contact;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class CadenceRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private final CadenceRules rules = new CadenceRules(7, 31, 4);

    @Test
    void shouldFlagAFamilyNeverContactedOnBothCounts() {
        CadenceRules.Status status = rules.status(null, null, NOW);
        assertEquals(List.of("NO_CONTACT", "NO_VISIT"), status.overdue());
        assertNull(status.daysSinceContact());
    }

    @Test
    void shouldAcceptACallSixDaysAgoAndFlagItOnTheSeventhDay() {
        OffsetDateTime visit = NOW.minusDays(10);
        assertFalse(rules.status(NOW.minusDays(6).minusHours(23), visit, NOW).isOverdue());
        assertEquals(List.of("NO_CONTACT"), rules.status(NOW.minusDays(7), visit, NOW).overdue());
    }

    @Test
    void shouldFlagAMissingMonthlyVisitEvenWithWeeklyCalls() {
        CadenceRules.Status status = rules.status(NOW.minusDays(2), NOW.minusDays(31), NOW);
        assertEquals(List.of("NO_VISIT"), status.overdue());
        assertEquals(31L, status.daysSinceVisit());
    }

    @Test
    void shouldFollowTheConfiguredCadence() {
        CadenceRules fortnightly = new CadenceRules(14, 60, 4);
        assertFalse(fortnightly.status(NOW.minusDays(10), NOW.minusDays(40), NOW).isOverdue());
    }

    @Test
    void shouldOweNoYearlyVisitOnTheFirstOfJanuaryAndFourOnTheLastDay() {
        assertEquals(0, rules.visitsDueBy(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)));
        assertEquals(1, rules.visitsDueBy(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 4, 2)), "a quarter gone: one visit");
        assertEquals(3, rules.visitsDueBy(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 29)));
        assertEquals(4, rules.visitsDueBy(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(4, rules.visitsDueBy(LocalDate.of(2020, 1, 1), LocalDate.of(2028, 12, 31)), "a leap year too");
    }

    @Test
    void shouldCountTheYearlyVisitsFromARegistrationWithinTheYear() {
        assertEquals(0, rules.visitsDueBy(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)),
                "a family registered today owes nothing yet");
        assertEquals(2, rules.visitsDueBy(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)),
                "half a year owes half the visits");
        assertEquals(0, rules.visitsDueBy(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 31)),
                "a registration date after today owes nothing");
    }

    @Test
    void shouldFlagFewVisitsThisYearEvenWhenTheLastVisitWasRecent() {
        LocalDate longAgo = LocalDate.of(2020, 3, 1);
        CadenceRules.Status two = rules.status(NOW.minusDays(1), NOW.minusDays(3), 2, longAgo, NOW);
        assertEquals(List.of("FEW_VISITS_THIS_YEAR"), two.overdue(), "three visits are due by 29 November");
        assertFalse(rules.status(NOW.minusDays(1), NOW.minusDays(3), 3, longAgo, NOW).isOverdue());
    }
}

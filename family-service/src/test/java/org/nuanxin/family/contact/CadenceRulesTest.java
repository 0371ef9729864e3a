package org.nuanxin.family.contact;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class CadenceRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private final CadenceRules rules = new CadenceRules(7, 31);

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
        CadenceRules fortnightly = new CadenceRules(14, 60);
        assertFalse(fortnightly.status(NOW.minusDays(10), NOW.minusDays(40), NOW).isOverdue());
    }
}

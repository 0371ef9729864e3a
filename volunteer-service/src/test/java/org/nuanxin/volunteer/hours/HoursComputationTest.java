package org.nuanxin.volunteer.hours;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HoursComputationTest {

    private static final OffsetDateTime IN = OffsetDateTime.of(2026, 12, 2, 9, 2, 30, 0, ZoneOffset.ofHours(8));
    private static final Duration CAP = Duration.ofHours(12);

    @Test
    void shouldCountWholeMinutesFromCheckInToCheckOut() {
        assertEquals(90, HoursComputation.creditedMinutes(IN, IN.plusMinutes(90).plusSeconds(59), CAP));
    }

    @Test
    void shouldCountNothingForLessThanAMinuteOrACheckOutBeforeTheCheckIn() {
        assertEquals(0, HoursComputation.creditedMinutes(IN, IN.plusSeconds(59), CAP));
        assertEquals(0, HoursComputation.creditedMinutes(IN, IN.minusMinutes(5), CAP));
        assertEquals(0, HoursComputation.creditedMinutes(IN, IN, CAP));
    }

    @Test
    void shouldCountNothingWithoutAVerifiedPair() {
        assertEquals(0, HoursComputation.creditedMinutes(null, IN, CAP));
        assertEquals(0, HoursComputation.creditedMinutes(IN, null, CAP));
    }

    @Test
    void shouldCapAForgottenCheckOut() {
        assertEquals(12 * 60, HoursComputation.creditedMinutes(IN, IN.plusDays(2), CAP));
    }

    @Test
    void shouldCompareInstantsAcrossOffsets() {
        assertEquals(60, HoursComputation.creditedMinutes(IN, IN.withOffsetSameInstant(ZoneOffset.UTC).plusHours(1), CAP));
    }

    @Test
    void shouldShowHoursWithOneDecimal() {
        assertEquals("1.6", HoursComputation.hours(95));
        assertEquals("0.0", HoursComputation.hours(0));
        assertEquals("102.5", HoursComputation.hours(6150));
        assertEquals("-1.5", HoursComputation.hours(-90));
    }
}

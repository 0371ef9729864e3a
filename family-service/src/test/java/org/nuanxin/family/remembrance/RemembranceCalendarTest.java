package org.nuanxin.family.remembrance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemembranceCalendarTest {

    @Test
    void shouldFindTheDateLaterThisYearOrNextYear() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertEquals(LocalDate.of(2026, 12, 5), RemembranceCalendar.nextOccurrence(MonthDay.of(12, 5), today));
        assertEquals(LocalDate.of(2026, 11, 29), RemembranceCalendar.nextOccurrence(MonthDay.of(11, 29), today));
        assertEquals(LocalDate.of(2027, 3, 1), RemembranceCalendar.nextOccurrence(MonthDay.of(3, 1), today));
    }

    @Test
    void shouldKeepTheTwentyNinthOfFebruaryOnTheTwentyEighthInCommonYears() {
        assertEquals(LocalDate.of(2027, 2, 28),
                RemembranceCalendar.nextOccurrence(MonthDay.of(2, 29), LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2028, 2, 29),
                RemembranceCalendar.nextOccurrence(MonthDay.of(2, 29), LocalDate.of(2028, 1, 10)));
    }

    @Test
    void shouldRemindFromTheConfiguredDaysAheadUntilTheDayItself() {
        MonthDay anniversary = MonthDay.of(12, 6);
        assertFalse(RemembranceCalendar.reminderDue(anniversary, 7, LocalDate.of(2026, 11, 28)));
        assertTrue(RemembranceCalendar.reminderDue(anniversary, 7, LocalDate.of(2026, 11, 29)));
        assertTrue(RemembranceCalendar.reminderDue(anniversary, 7, LocalDate.of(2026, 12, 6)));
        assertFalse(RemembranceCalendar.reminderDue(anniversary, 7, LocalDate.of(2026, 12, 7)));
    }

    @Test
    void shouldKnowWhichDaysExist() {
        assertTrue(RemembranceCalendar.exists(2, 29));
        assertFalse(RemembranceCalendar.exists(2, 30));
        assertFalse(RemembranceCalendar.exists(4, 31));
        assertFalse(RemembranceCalendar.exists(13, 1));
    }
}

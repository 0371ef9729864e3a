package org.nuanxin.family.remembrance;

import java.time.LocalDate;
import java.time.MonthDay;

/** When a yearly date next falls, and whether its reminder is due. */
public final class RemembranceCalendar {

    private RemembranceCalendar() {
    }

    /** The next day (today included) the date falls on; 29 February falls on the 28th in common years. */
    public static LocalDate nextOccurrence(MonthDay date, LocalDate today) {
        LocalDate thisYear = on(date, today.getYear());
        return thisYear.isBefore(today) ? on(date, today.getYear() + 1) : thisYear;
    }

    /** The reminder shows from {@code remindDaysBefore} days ahead of the date until the day itself. */
    public static boolean reminderDue(MonthDay date, int remindDaysBefore, LocalDate today) {
        return !nextOccurrence(date, today).minusDays(remindDaysBefore).isAfter(today);
    }

    private static LocalDate on(MonthDay date, int year) {
        return date.isValidYear(year) ? date.atYear(year) : MonthDay.of(2, 28).atYear(year);
    }

    /** Whether month/day is a day some year has (30 February is not). */
    public static boolean exists(int month, int day) {
        try {
            // 2024 is a leap year: every day that exists in some year exists in it
            return MonthDay.of(month, day).isValidYear(2024);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}

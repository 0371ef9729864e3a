package org.nuanxin.family.contact;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a family is overdue for contact. {@code NO_CONTACT} when neither a call nor a visit happened within
 * the contact cadence (weekly by default), {@code NO_VISIT} when no home visit happened within the visit
 * cadence (monthly); a family never contacted is overdue on both counts. {@code FEW_VISITS_THIS_YEAR} when the
 * home visits of this calendar year fall behind the yearly minimum (4 by default) pro rata: by a given day,
 * {@code floor(minimum × days counted / days in the year)} visits are due, counting from 1 January or from the
 * family's registration when that was later, so a family registered in December owes none.
 */
public final class CadenceRules {

    public record Status(List<String> overdue, Long daysSinceContact, Long daysSinceVisit) {
        public boolean isOverdue() {
            return !overdue.isEmpty();
        }
    }

    private final int contactWithinDays;
    private final int visitWithinDays;
    private final int homeVisitsPerYear;

    public CadenceRules(int contactWithinDays, int visitWithinDays, int homeVisitsPerYear) {
        this.contactWithinDays = contactWithinDays;
        this.visitWithinDays = visitWithinDays;
        this.homeVisitsPerYear = homeVisitsPerYear;
    }

    public static CadenceRules of(CadenceConfig config) {
        return new CadenceRules(config.contactWithinDays(), config.visitWithinDays(), config.homeVisitsPerYear());
    }

    /** The weekly and monthly rules only. */
    public Status status(OffsetDateTime lastContact, OffsetDateTime lastVisit, OffsetDateTime now) {
        return status(lastContact, lastVisit, 0, now.toLocalDate(), now);
    }

    /**
     * All three rules.
     *
     * @param visitsThisYear home visits since 1 January of {@code now}'s year
     * @param registeredOn   the day the family was registered, in the city's calendar
     */
    public Status status(OffsetDateTime lastContact, OffsetDateTime lastVisit, long visitsThisYear,
                         LocalDate registeredOn, OffsetDateTime now) {
        List<String> overdue = new ArrayList<>();
        Long sinceContact = daysBetween(lastContact, now);
        Long sinceVisit = daysBetween(lastVisit, now);
        if (sinceContact == null || sinceContact >= contactWithinDays) {
            overdue.add("NO_CONTACT");
        }
        if (sinceVisit == null || sinceVisit >= visitWithinDays) {
            overdue.add("NO_VISIT");
        }
        if (visitsThisYear < visitsDueBy(registeredOn, now.toLocalDate())) {
            overdue.add("FEW_VISITS_THIS_YEAR");
        }
        return new Status(List.copyOf(overdue), sinceContact, sinceVisit);
    }

    public int homeVisitsPerYear() {
        return homeVisitsPerYear;
    }

    /** Home visits due by {@code today} this calendar year, pro rata from 1 January or a later registration. */
    public long visitsDueBy(LocalDate registeredOn, LocalDate today) {
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate from = registeredOn.isAfter(yearStart) ? registeredOn : yearStart;
        long counted = Math.max(0, ChronoUnit.DAYS.between(from, today) + 1);
        return homeVisitsPerYear * counted / today.lengthOfYear();
    }

    /** The latest contact that still counts as within the cadence, for the worklist query. */
    public OffsetDateTime contactDeadline(OffsetDateTime now) {
        return now.minusDays(contactWithinDays);
    }

    public OffsetDateTime visitDeadline(OffsetDateTime now) {
        return now.minusDays(visitWithinDays);
    }

    private static Long daysBetween(OffsetDateTime then, OffsetDateTime now) {
        return then == null ? null : Duration.between(then, now).toDays();
    }
}

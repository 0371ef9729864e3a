package org.nuanxin.family.contact;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a family is overdue for contact. {@code NO_CONTACT} when neither a call nor a visit happened within
 * the contact cadence (weekly by default), {@code NO_VISIT} when no home visit happened within the visit
 * cadence (monthly); a family never contacted is overdue on both counts.
 */
public final class CadenceRules {

    public record Status(List<String> overdue, Long daysSinceContact, Long daysSinceVisit) {
        public boolean isOverdue() {
            return !overdue.isEmpty();
        }
    }

    private final int contactWithinDays;
    private final int visitWithinDays;

    public CadenceRules(int contactWithinDays, int visitWithinDays) {
        this.contactWithinDays = contactWithinDays;
        this.visitWithinDays = visitWithinDays;
    }

    public static CadenceRules of(CadenceConfig config) {
        return new CadenceRules(config.contactWithinDays(), config.visitWithinDays());
    }

    public Status status(OffsetDateTime lastContact, OffsetDateTime lastVisit, OffsetDateTime now) {
        List<String> overdue = new ArrayList<>();
        Long sinceContact = daysBetween(lastContact, now);
        Long sinceVisit = daysBetween(lastVisit, now);
        if (sinceContact == null || sinceContact >= contactWithinDays) {
            overdue.add("NO_CONTACT");
        }
        if (sinceVisit == null || sinceVisit >= visitWithinDays) {
            overdue.add("NO_VISIT");
        }
        return new Status(List.copyOf(overdue), sinceContact, sinceVisit);
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

package org.nuanxin.family.contact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A contact as the family's timeline shows it; notes and follow-up only for coordinators. */
public record ContactView(UUID id, UUID familyId, ContactKind kind, OffsetDateTime contactedAt, String contactedBy,
                          String location, int durationMinutes, Integer wellbeing, String notes, String followUp,
                          LocalDate followUpDue) {
}

package org.nuanxin.family.remembrance;

import java.time.LocalDate;
import java.util.UUID;

/** A family to reach out to before a hard day. */
public record RemembranceReminder(UUID familyId, String districtCode, String street, String headName,
                                  RemembranceKind kind, String label, LocalDate date, long daysUntil) {
}

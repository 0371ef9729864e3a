package org.nuanxin.family.remembrance;

import java.time.LocalDate;
import java.util.UUID;

public record RemembranceDateView(UUID id, UUID familyId, RemembranceKind kind, int month, int day, String label,
                                  int remindDaysBefore, LocalDate nextOccurrence) {
}

package org.nuanxin.family.remembrance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record RemembranceDateView(
        UUID id,
        UUID familyId,
        RemembranceKind kind,
        @Schema(example = "4") int month,
        @Schema(example = "5") int day,
        @Schema(example = "孩子的忌日") String label,
        @Schema(example = "7") int remindDaysBefore,
        LocalDate nextOccurrence) {
}

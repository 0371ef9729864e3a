package org.nuanxin.family.remembrance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A family to reach out to before a hard day. */
public record RemembranceReminder(
        UUID familyId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "嘉莲街道") String street,
        @Schema(example = "陈美华") String headName,
        RemembranceKind kind,
        @Schema(example = "孩子的忌日") String label,
        LocalDate date,
        @Schema(example = "6") long daysUntil) {
}

package org.nuanxin.family.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the overdue follow-ups worklist; the follow-up's text only for coordinators. */
@Schema(name = "OverdueFollowUp")
public record OverdueFollowUp(
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(example = "0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11") UUID contactId,
        @Schema(example = "350213") String districtCode,
        @Schema(example = "翔安区") String districtName,
        @Schema(example = "马巷街道") String street,
        @Schema(example = "洪厝社区") String community,
        @Schema(example = "洪金水") String headName,
        @Schema(example = "HIGH") String riskLevel,
        @Schema(example = "2026-11-20T10:00:00+08:00") OffsetDateTime contactedAt,
        @Schema(example = "郑丽娟") String contactedBy,
        @Schema(example = "联系社区医生上门看膝盖", nullable = true) String followUp,
        @Schema(example = "2026-11-25") LocalDate followUpDue,
        @Schema(example = "4") long daysOverdue) {
}

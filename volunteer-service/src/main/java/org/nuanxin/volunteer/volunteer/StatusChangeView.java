package org.nuanxin.volunteer.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One entry of a member's status history. */
@Schema(name = "StatusChange")
public record StatusChangeView(
        @Schema(example = "APPLICANT") VolunteerStatus from,
        @Schema(example = "ACTIVE") VolunteerStatus to,
        @Schema(example = "完成岗前培训") String reason,
        @Schema(example = "siming") String changedBy,
        @Schema(example = "2026-11-28T10:00:00+08:00") OffsetDateTime changedAt) {
}

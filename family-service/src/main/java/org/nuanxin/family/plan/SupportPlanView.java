package org.nuanxin.family.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The plan with the coverages it gives; a family without a plan shows every service NOT_STARTED. */
public record SupportPlanView(
        UUID familyId,
        ServiceState emotionalComfort,
        ServiceState homeVisits,
        ServiceState volunteerService,
        ServiceState insuranceCover,
        @Schema(nullable = true, description = "家庭医生签约；未签约为空") UpdateSupportPlanRequest.FamilyDoctor familyDoctor,
        @Schema(example = "true") boolean greenChannel,
        Coverage coverage,
        @Schema(nullable = true, description = "最近修改时间；从未修改为空") OffsetDateTime updatedAt,
        @Schema(example = "siming", nullable = true) String updatedBy) {
}

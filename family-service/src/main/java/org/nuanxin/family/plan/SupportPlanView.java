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
        @Schema(example = "true") UpdateSupportPlanRequest.FamilyDoctor familyDoctor,
        @Schema(example = "true") boolean greenChannel,
        Coverage coverage,
        OffsetDateTime updatedAt,
        @Schema(example = "siming") String updatedBy) {
}

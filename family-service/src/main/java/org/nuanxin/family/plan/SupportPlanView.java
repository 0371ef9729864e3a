package org.nuanxin.family.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The plan with the coverages it gives; a family without a plan shows every service NOT_STARTED. */
public record SupportPlanView(UUID familyId, ServiceState emotionalComfort, ServiceState homeVisits,
                              ServiceState volunteerService, ServiceState insuranceCover,
                              UpdateSupportPlanRequest.FamilyDoctor familyDoctor, boolean greenChannel,
                              Coverage coverage, OffsetDateTime updatedAt, String updatedBy) {
}

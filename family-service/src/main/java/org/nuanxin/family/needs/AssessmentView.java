package org.nuanxin.family.needs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An assessment as its history shows it; notes only for coordinators. */
public record AssessmentView(UUID id, UUID familyId, OffsetDateTime assessedAt, String assessedBy,
                             RiskLevel riskLevel, List<String> riskReasons,
                             List<AssessNeedsRequest.Rating> needs, String notes) {
}

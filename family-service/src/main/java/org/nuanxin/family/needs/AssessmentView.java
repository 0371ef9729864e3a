package org.nuanxin.family.needs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An assessment as its history shows it; notes only for coordinators. */
public record AssessmentView(
        UUID id,
        UUID familyId,
        OffsetDateTime assessedAt,
        @Schema(example = "siming") String assessedBy,
        RiskLevel riskLevel,
        List<String> riskReasons,
        List<AssessNeedsRequest.Rating> needs,
        @Schema(example = "老人血压偏高，独居，需要每周电话", nullable = true) String notes) {
}

package org.nuanxin.gateway.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One street (街道) of a district: its active families by category, the three coverages, and the families not
 * contacted or visited within the cadence, not visited though at high risk, and with a follow-up overdue.
 */
public record StreetCount(
        @Schema(example = "厦港街道") String street,
        @Schema(example = "96") long families,
        @Schema(example = "81") long bereaved,
        @Schema(example = "15") long disabledChild,
        SupervisionSnapshot.Coverage coverage,
        @Schema(example = "4") long notContacted,
        @Schema(example = "9") long notVisited,
        @Schema(example = "1") long highRiskNotVisited,
        @Schema(example = "2") long overdueFollowUps) {
}

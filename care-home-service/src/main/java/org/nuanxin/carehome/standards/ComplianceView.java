package org.nuanxin.carehome.standards;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One site against the standard, measured live. */
@Schema(name = "SiteCompliance")
public record ComplianceView(
        @Schema(example = "3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d") UUID siteId,
        @Schema(example = "鼓浪屿暖心家园") String siteName,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "思明区") String districtName,
        @Schema(description = "Active regular volunteers", example = "12") int regularVolunteers,
        @Schema(example = "10") int minRegularVolunteers,
        @Schema(description = "Social organisations with an agreement in force", example = "5")
        int partnerOrganisations,
        @Schema(example = "5") int minPartnerOrganisations,
        @Schema(description = "Activities held in activitiesMonth, the last full calendar month", example = "9")
        int activities,
        @Schema(example = "2") int minActivitiesPerMonth,
        @Schema(example = "2026-10") String activitiesMonth,
        @Schema(example = "true") boolean compliant,
        @Schema(description = "What is missing; empty when the standard is met", example = "[]")
        List<Shortfall> shortfalls,
        @Schema(description = "The last time the site met the standard; null if it never has",
                example = "2026-11-29T08:00:00+08:00", nullable = true) OffsetDateTime lastMetAt) {
}

package org.nuanxin.family.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A row of the overdue-contacts worklist. */
public record OverdueFamily(
        UUID familyId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "思明区") String districtName,
        @Schema(example = "嘉莲街道") String street,
        @Schema(example = "莲花五村社区") String community,
        @Schema(example = "陈美华") String headName,
        String riskLevel,
        OffsetDateTime lastContactAt,
        OffsetDateTime lastVisitAt,
        @Schema(example = "9") Long daysSinceContact,
        @Schema(example = "35") Long daysSinceVisit,
        @Schema(example = "2") long homeVisitsThisYear,
        @Schema(example = "3") long homeVisitsDue,
        List<String> overdue) {
}

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
        @Schema(nullable = true, description = "最近一次联系；从未联系为空") OffsetDateTime lastContactAt,
        @Schema(nullable = true, description = "最近一次入户走访；从未走访为空") OffsetDateTime lastVisitAt,
        @Schema(example = "9", nullable = true) Long daysSinceContact,
        @Schema(example = "35", nullable = true) Long daysSinceVisit,
        @Schema(example = "2") long homeVisitsThisYear,
        @Schema(example = "3") long homeVisitsDue,
        List<String> overdue) {
}

package org.nuanxin.family.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.family.needs.RiskLevel;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the family list: who to contact, where, masked. */
public record FamilySummary(
        UUID id,
        FamilyCategory category,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "思明区") String districtName,
        @Schema(example = "嘉莲街道") String street,
        @Schema(example = "莲花五村社区") String community,
        FamilyStatus status,
        @Schema(example = "陈美华") String headName,
        @Schema(example = "350203********1234") String headIdNumberMasked,
        @Schema(example = "138****1234", nullable = true) String headPhoneMasked,
        @Schema(example = "2") int memberCount,
        RiskLevel riskLevel,
        OffsetDateTime registeredAt) {
}

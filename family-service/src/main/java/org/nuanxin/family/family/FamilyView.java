package org.nuanxin.family.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.family.needs.RiskLevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One family with its members. */
public record FamilyView(
        UUID id,
        FamilyCategory category,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "思明区") String districtName,
        @Schema(example = "嘉莲街道") String street,
        @Schema(example = "莲花五村社区") String community,
        @Schema(example = "莲花五村 12 号 402 室") String address,
        FamilyStatus status,
        RiskLevel riskLevel,
        OffsetDateTime registeredAt,
        @Schema(nullable = true, description = "关闭时间；在册家庭为空") OffsetDateTime closedAt,
        @Schema(example = "迁往福州与亲属同住", nullable = true, description = "关闭原因；在册家庭为空") String closureReason,
        List<MemberView> members) {
}

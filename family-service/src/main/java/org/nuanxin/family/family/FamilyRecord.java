package org.nuanxin.family.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.family.guardian.GuardianRelationship;
import org.nuanxin.family.needs.DisabilityLevel;
import org.nuanxin.family.needs.RiskLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The full record, identifiers and health in clear: only for coordinators, and every read is audited. */
public record FamilyRecord(
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
        @Schema(example = "city") String registeredBy,
        List<Member> members,
        List<Guardian> guardians) {

    public record Member(
            UUID id,
            String name,
            Relation relation,
            String idNumber,
            String phone,
            LocalDate birthDate,
            ResidentIdNumber.Sex sex,
            @Schema(example = "true") boolean livingAlone,
            List<String> healthConditions,
            DisabilityLevel disabilityLevel) {
    }

    /** Whom to call in an emergency, in order, with the numbers in clear. */
    public record Guardian(
            String name,
            GuardianRelationship relationship,
            String phone,
            @Schema(example = "true") boolean maySign,
            @Schema(example = "1") int priority) {
    }
}

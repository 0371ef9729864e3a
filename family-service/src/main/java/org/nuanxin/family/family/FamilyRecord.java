package org.nuanxin.family.family;

import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.family.guardian.GuardianRelationship;
import org.nuanxin.family.needs.DisabilityLevel;
import org.nuanxin.family.needs.RiskLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The full record, identifiers and health in clear: only for coordinators, and every read is audited. */
public record FamilyRecord(UUID id, FamilyCategory category, String districtCode, String districtName, String street,
                           String community, String address, FamilyStatus status, RiskLevel riskLevel,
                           OffsetDateTime registeredAt, String registeredBy, List<Member> members,
                           List<Guardian> guardians) {

    public record Member(UUID id, String name, Relation relation, String idNumber, String phone, LocalDate birthDate,
                         ResidentIdNumber.Sex sex, boolean livingAlone, List<String> healthConditions,
                         DisabilityLevel disabilityLevel) {
    }

    /** Whom to call in an emergency, in order, with the numbers in clear. */
    public record Guardian(String name, GuardianRelationship relationship, String phone, boolean maySign, int priority) {
    }
}

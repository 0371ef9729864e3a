package org.nuanxin.family.family;

import org.nuanxin.family.needs.RiskLevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One family with its members. */
public record FamilyView(UUID id, FamilyCategory category, String districtCode, String districtName, String street,
                         String community, String address, FamilyStatus status, RiskLevel riskLevel,
                         OffsetDateTime registeredAt, OffsetDateTime closedAt, String closureReason,
                         List<MemberView> members) {
}

package org.nuanxin.family.family;

import org.nuanxin.family.needs.RiskLevel;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the family list: who to contact, where, masked. */
public record FamilySummary(UUID id, FamilyCategory category, String districtCode, String districtName,
                            String street, String community, FamilyStatus status, String headName,
                            String headIdNumberMasked, String headPhoneMasked, int memberCount,
                            RiskLevel riskLevel, OffsetDateTime registeredAt) {
}

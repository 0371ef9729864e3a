package org.nuanxin.family.family;

import org.nuanxin.family.needs.NeedArea;
import org.nuanxin.family.needs.RiskLevel;

/** The filters of the family list; each may be null. */
public record FamilySearch(String q, String districtCode, String street, FamilyCategory category, RiskLevel risk,
                           NeedArea need, int page, int size) {
}

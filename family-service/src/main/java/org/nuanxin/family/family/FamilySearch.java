package org.nuanxin.family.family;

/** The filters of the family list; each may be null. */
public record FamilySearch(String q, String districtCode, String street, FamilyCategory category, int page, int size) {
}

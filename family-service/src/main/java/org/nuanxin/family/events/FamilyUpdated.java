package org.nuanxin.family.events;

import java.util.UUID;

/** {@code org.nuanxin.family.family-updated.v1}: category or address corrected; key = family id. */
public record FamilyUpdated(UUID familyId, String category, String previousCategory, String districtCode,
                            String street, String community) {

    public static final String TYPE = "org.nuanxin.family.family-updated.v1";
}

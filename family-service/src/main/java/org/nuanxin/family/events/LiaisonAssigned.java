package org.nuanxin.family.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.liaison-assigned.v1}, key = family id: a post of the family's two liaisons is filled,
 * and whether both now are. No names or phones.
 */
public record LiaisonAssigned(UUID familyId, String districtCode, String role, boolean bothPostsFilled,
                              OffsetDateTime assignedAt) {

    public static final String TYPE = "org.nuanxin.family.liaison-assigned.v1";
}

package org.nuanxin.family.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.family-registered.v1} on topic {@code family.events}, key = family id.
 * Carries no personal information: consumers count and locate, they never identify.
 */
public record FamilyRegistered(UUID familyId, String category, String districtCode, String street,
                               String community, int memberCount, OffsetDateTime registeredAt) {

    public static final String TYPE = "org.nuanxin.family.family-registered.v1";
}

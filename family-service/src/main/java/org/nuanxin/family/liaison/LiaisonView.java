package org.nuanxin.family.liaison;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A liaison with the phone masked. */
public record LiaisonView(UUID familyId, LiaisonRole role, String name, String phoneMasked, OffsetDateTime assignedAt,
                          String assignedBy) {
}

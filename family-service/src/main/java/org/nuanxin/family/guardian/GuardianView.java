package org.nuanxin.family.guardian;

import java.util.UUID;

/** A guardian with the phone masked; the full number is in the audited full record's guardians. */
public record GuardianView(UUID id, UUID familyId, String name, GuardianRelationship relationship,
                           String phoneMasked, boolean maySign, int priority) {
}

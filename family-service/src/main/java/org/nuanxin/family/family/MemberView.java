package org.nuanxin.family.family;

import org.nuanxin.common.pii.ResidentIdNumber;

import java.time.LocalDate;
import java.util.UUID;

/** A member as coordinators see it: identifiers masked. */
public record MemberView(UUID id, String name, Relation relation, String idNumberMasked, String phoneMasked,
                         LocalDate birthDate, ResidentIdNumber.Sex sex, boolean livingAlone) {
}

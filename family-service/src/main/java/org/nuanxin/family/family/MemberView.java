package org.nuanxin.family.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.common.pii.ResidentIdNumber;

import java.time.LocalDate;
import java.util.UUID;

/** A member as coordinators see it: identifiers masked. */
public record MemberView(
        UUID id,
        String name,
        Relation relation,
        @Schema(example = "350203********1234") String idNumberMasked,
        @Schema(example = "138****1234", nullable = true, description = "未登记电话为空") String phoneMasked,
        LocalDate birthDate,
        ResidentIdNumber.Sex sex,
        @Schema(example = "true") boolean livingAlone) {
}

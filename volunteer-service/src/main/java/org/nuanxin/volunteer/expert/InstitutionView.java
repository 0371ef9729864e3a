package org.nuanxin.volunteer.expert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerInstitution")
public record InstitutionView(@Schema(example = "XM-XIANYUE") String code,
                              @Schema(example = "厦门市仙岳医院") String name,
                              @Schema(example = "24") long expertCount) {
}

package org.nuanxin.volunteer.expert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Expert")
public record ExpertView(
        @Schema(example = "2a4c6e8f-1b3d-4f5a-8c7e-9d0f1a2b3c4d") UUID id,
        @Schema(example = "陈文华") String name,
        @Schema(example = "XM-XIANYUE") String institutionCode,
        @Schema(example = "厦门市仙岳医院") String institutionName,
        @Schema(example = "老年精神科") String specialty,
        @Schema(example = "主任医师") String title,
        @Schema(example = "[\"LECTURE\", \"CONSULTATION\"]") List<ExpertOffer> offers) {
}

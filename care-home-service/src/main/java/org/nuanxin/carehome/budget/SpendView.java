package org.nuanxin.carehome.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Spend")
public record SpendView(
        @Schema(example = "7a1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(example = "0e7a5f1c-3d2b-4a6e-8f9c-1b2d3e4f5a6b") UUID activityId,
        @Schema(example = "2026") int year,
        @Schema(example = "1280.50") String amount,
        @Schema(example = "讲师课酬与茶点") String purpose,
        @Schema(example = "2026-12-05T12:00:00+08:00") OffsetDateTime recordedAt) {

    static SpendView of(Spend spend) {
        return new SpendView(spend.id, spend.activityId, spend.year, Yuan.format(spend.amount), spend.purpose,
                spend.recordedAt);
    }
}

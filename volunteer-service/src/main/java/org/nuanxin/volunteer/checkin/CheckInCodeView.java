package org.nuanxin.volunteer.checkin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The family's current check-in code, to show at the door or print as a QR code. */
@Schema(name = "CheckInCode")
public record CheckInCodeView(
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(example = "482913") String code,
        @Schema(description = "下一个签到码出现的时间", example = "2026-12-02T09:05:00+08:00") OffsetDateTime rotatesAt,
        @Schema(description = "此签到码可用至", example = "2026-12-02T09:10:00+08:00") OffsetDateTime validUntil,
        @Schema(description = "二维码内容", example = "nuanxin-check-in:v1:6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02:482913")
        String qrPayload) {
}

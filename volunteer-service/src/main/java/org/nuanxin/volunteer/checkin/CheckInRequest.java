package org.nuanxin.volunteer.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the volunteer's phone sends at the door: the code they read, and/or where it is. */
@Schema(name = "CheckIn")
public record CheckInRequest(
        @Size(max = 12, message = "签到码过长") @Schema(description = "家庭或站点出示的签到码", example = "482913") String code,
        @Valid @Schema(description = "手机定位") Position position) {

    @Schema(name = "Position")
    public record Position(
            @NotNull(message = "请提供纬度") @DecimalMin(value = "-90", message = "纬度无效")
            @DecimalMax(value = "90", message = "纬度无效") @Schema(example = "24.4487") Double latitude,
            @NotNull(message = "请提供经度") @DecimalMin(value = "-180", message = "经度无效")
            @DecimalMax(value = "180", message = "经度无效") @Schema(example = "118.1329") Double longitude) {
    }
}

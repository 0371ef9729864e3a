package org.nuanxin.volunteer.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new team; without a district it is city-wide (city coordinators only). */
@Schema(name = "CreateTeam")
public record CreateTeamRequest(
        @NotBlank(message = "请填写队名") @Size(max = 60, message = "队名不超过 60 字") @Schema(example = "思明区莲前暖心家园志愿队")
        String name,
        @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") @Schema(example = "350203") String districtCode,
        @Size(max = 60, message = "站点名称不超过 60 字") @Schema(example = "莲前街道暖心家园") String siteName) {
}

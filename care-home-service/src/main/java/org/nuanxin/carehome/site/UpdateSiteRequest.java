package org.nuanxin.carehome.site;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What may change about a site; name, district and street stay (a site elsewhere is a new site). */
@Schema(name = "UpdateSite")
public record UpdateSiteRequest(
        @NotBlank(message = "请填写详细地址") @Size(max = 200, message = "地址不超过 200 字")
        @Schema(example = "鼓浪屿龙头路 28 号") String address,
        @NotBlank(message = "请填写开放时间") @Size(max = 100, message = "开放时间不超过 100 字")
        @Schema(example = "周一至周六 8:30-17:30") String openingHours,
        @Size(max = 60, message = "特色做法不超过 60 字") @Schema(example = "三三制") String featuredPractice,
        @NotNull(message = "请选择示范级别") @Schema(example = "DISTRICT") DemonstrationLevel demonstrationLevel,
        @DecimalMin(value = "-90", message = "纬度须在 -90 到 90 之间")
        @DecimalMax(value = "90", message = "纬度须在 -90 到 90 之间") @Schema(example = "24.4474") Double latitude,
        @DecimalMin(value = "-180", message = "经度须在 -180 到 180 之间")
        @DecimalMax(value = "180", message = "经度须在 -180 到 180 之间") @Schema(example = "118.0672") Double longitude) {
}

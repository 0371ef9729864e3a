package org.nuanxin.family.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Corrects a family's category or its address within its district. A family that moves to another district
 * is closed here as MOVED_AWAY and registered by the coordinators of its new district.
 */
@Schema(name = "UpdateFamily")
public record UpdateFamilyRequest(
        @NotNull(message = "请选择家庭类别") FamilyCategory category,
        @NotBlank(message = "请选择街道/镇") @Size(max = 40) @Schema(example = "嘉莲街道") String street,
        @NotBlank(message = "请填写社区/村") @Size(max = 60, message = "社区/村名称不超过 60 字")
        @Schema(example = "莲花五村社区") String community,
        @NotBlank(message = "请填写详细地址") @Size(max = 200, message = "地址不超过 200 字")
        @Schema(example = "莲花五村 12 号 402 室") String address) {
}

package org.nuanxin.family.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ends a family's active record: moved away, closed for a stated reason, or the household has passed away. */
@Schema(name = "CloseFamily")
public record CloseFamilyRequest(
        @NotNull(message = "请选择结案类型") @Schema(example = "MOVED_AWAY") FamilyStatus status,
        @NotBlank(message = "请填写结案原因") @Size(max = 200, message = "原因不超过 200 字")
        @Schema(example = "随亲属迁居福州") String reason) {
}

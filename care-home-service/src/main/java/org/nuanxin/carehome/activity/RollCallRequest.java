package org.nuanxin.carehome.activity;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A family at the door. A family that did not register comes in only as a walk-in. */
@Schema(name = "RollCall")
public record RollCallRequest(
        @NotNull(message = "请选择家庭") @Schema(example = "5c0d7a8e-1f2b-4c3d-9e4f-a5b6c7d8e9f0") UUID familyId,
        @Schema(description = "Let an unregistered family in", example = "false") boolean walkIn) {
}

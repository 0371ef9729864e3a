package org.nuanxin.gateway.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the coordinator dealt with it, kept with the alert. */
public record ResolveAlertRequest(
        @NotBlank @Size(max = 500) @Schema(example = "已电话联系，下周入户") String resolution) {
}

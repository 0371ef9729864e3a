package org.nuanxin.carehome.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What an attendee thought of the activity. */
@Schema(name = "Feedback")
public record FeedbackRequest(
        @NotNull(message = "请选择家庭") @Schema(example = "5c0d7a8e-1f2b-4c3d-9e4f-a5b6c7d8e9f0") UUID familyId,
        @NotNull(message = "请填写满意度") @Min(value = 1, message = "满意度为 1 到 5")
        @Max(value = 5, message = "满意度为 1 到 5") @Schema(example = "5") Integer satisfaction,
        @Size(max = 500, message = "意见不超过 500 字") @Schema(example = "讲得很实在") String comment) {
}

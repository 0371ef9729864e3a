package org.nuanxin.volunteer.volunteer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The weekly slots a member can usually serve in; replaces the previous ones. Empty means "ask me". */
@Schema(name = "Availability")
public record AvailabilityRequest(
        @NotNull(message = "请填写可服务时段") @Size(max = 21, message = "每周最多 21 个时段")
        List<@Valid @NotNull(message = "时段不能为空") AvailabilitySlot> slots) {
}

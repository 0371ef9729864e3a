package org.nuanxin.carehome.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing an activity as held; a canteen day says how many meals it served. */
@Schema(name = "HoldActivity")
public record HoldRequest(
        @Min(value = 0, message = "用餐份数不能为负") @Max(value = 10000, message = "用餐份数最多 10000")
        @Schema(example = "86") Integer mealsServed) {
}

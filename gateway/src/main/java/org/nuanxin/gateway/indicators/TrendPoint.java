package org.nuanxin.gateway.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's value at the end of a day (Xiamen time). */
public record TrendPoint(@Schema(example = "2026-11-28") LocalDate day, @Schema(example = "96.4") BigDecimal value) {
}

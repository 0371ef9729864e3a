package org.nuanxin.gateway.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.gateway.indicators.Indicator;
import org.nuanxin.gateway.indicators.TrendPoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A target with its live progress: the indicator's value now, the share of the way from the baseline to the target
 * covered (0–100), the status, and the indicator's daily trend since the target was set (at most 90 days).
 */
public record TargetView(
        UUID id,
        @Schema(example = "联系人全覆盖") String name,
        @Schema(example = "市计生协 王主任") String owner,
        Indicator indicator,
        @Schema(example = "%") String unit,
        @Schema(description = "null for a city-wide target", example = "350203", nullable = true) String districtCode,
        @Schema(example = "100.00") BigDecimal targetValue,
        @Schema(example = "91.20") BigDecimal baselineValue,
        @Schema(example = "96.4") BigDecimal currentValue,
        @Schema(example = "59.1") BigDecimal progressPercent,
        TargetStatus status,
        @Schema(example = "2026-12-31") LocalDate deadline,
        @Schema(example = "city") String createdBy,
        OffsetDateTime createdAt,
        List<TrendPoint> trend) {
}

package org.nuanxin.gateway.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** An indicator's value now in one scope, with its recent daily trend. */
public record IndicatorView(
        Indicator indicator,
        @Schema(example = "%") String unit,
        boolean higherIsBetter,
        @Schema(example = "350203", description = "The district, or 'city'") String scope,
        @Schema(example = "96.4") BigDecimal value,
        List<TrendPoint> trend) {
}

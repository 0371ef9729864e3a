package org.nuanxin.carehome.family;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The share of bereaved families the sites should serve (失独帮扶全覆盖: all of them). */
@ConfigMapping(prefix = "nuanxin.site-coverage")
public interface CoverageGoal {

    @WithDefault("100")
    @Min(1)
    @Max(100)
    int goalPercent();
}

package org.nuanxin.carehome.doublehundred;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** "双百": lectures and expert free clinics held at the grassroots each year, city-wide. */
@ConfigMapping(prefix = "nuanxin.double-hundred")
public interface DoubleHundredGoals {

    /** 暖心大学堂 lectures a year. */
    @WithDefault("100")
    @Min(1)
    int lecturesPerYear();

    /** 专家义诊 free clinics a year. */
    @WithDefault("100")
    @Min(1)
    int clinicsPerYear();
}

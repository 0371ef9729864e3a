package org.nuanxin.volunteer.hours;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Star levels of the national volunteer record (志愿者星级认定) and limits of hour corrections. */
@ConfigMapping(prefix = "nuanxin.service-hours")
public interface ServiceHoursConfig {

    /** Cumulative verified hours for 一星 … 五星, ascending: 100, 300, 600, 1000, 1500 as in the national rating. */
    @WithDefault("100,300,600,1000,1500")
    List<Integer> starThresholdsHours();

    /** The largest correction, in minutes either way, one request may ask for (12 hours). */
    @WithDefault("720")
    int maxCorrectionMinutes();
}

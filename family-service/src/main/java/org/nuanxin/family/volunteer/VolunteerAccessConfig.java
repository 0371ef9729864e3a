package org.nuanxin.family.volunteer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When a volunteer may read the visit card of a family they hold a task for. */
@ConfigMapping(prefix = "nuanxin.volunteer-access")
public interface VolunteerAccessConfig {

    /** How long before the task window opens the card becomes readable (to call ahead and plan the way). */
    @WithDefault("PT12H")
    Duration before();

    /** How long after the window closes it stays readable (to write the report). */
    @WithDefault("PT12H")
    Duration after();
}

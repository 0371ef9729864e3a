package org.nuanxin.volunteer.task;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Rules of tasks that the association may tune. */
@ConfigMapping(prefix = "nuanxin.tasks")
public interface TasksConfig {

    /**
     * A volunteer sees the place and instructions of their task (the minimal family data it needs) from this long
     * before the window opens…
     */
    @WithDefault("PT24H")
    Duration familyDataVisibleBefore();

    /** …until this long after it closes. Outside, they see only kind, time and status. */
    @WithDefault("PT2H")
    Duration familyDataVisibleAfter();

    /** The longest time window one task may have. */
    @WithDefault("PT12H")
    Duration maxWindow();
}

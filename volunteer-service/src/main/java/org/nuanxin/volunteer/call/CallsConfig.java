package org.nuanxin.volunteer.call;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Defaults of call campaigns; a campaign may set its own delay and attempts. */
@ConfigMapping(prefix = "nuanxin.calls")
public interface CallsConfig {

    /** An unanswered entry comes back to the queue after this long. */
    @WithDefault("PT2H")
    Duration redeliveryDelay();

    /** After this many unanswered calls an entry is given up as UNREACHED (for a coordinator to follow up). */
    @WithDefault("3")
    int maxAttempts();

    /** Calls a caller is expected to make a day (40+ during the epidemic outreach); progress shows it. */
    @WithDefault("40")
    int dailyTargetPerCaller();

    /** A claimed entry with no outcome after this long goes back to the queue (the caller was interrupted). */
    @WithDefault("PT30M")
    Duration claimTimeout();
}

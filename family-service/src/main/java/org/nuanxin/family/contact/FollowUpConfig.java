package org.nuanxin.family.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How overdue follow-ups are found. The scan period itself is {@code nuanxin.follow-up.scan-every} (default
 * {@code 10m}), read by the scheduler.
 */
@ConfigMapping(prefix = "nuanxin.follow-up")
public interface FollowUpConfig {

    /** How often to look for newly overdue follow-ups, e.g. {@code 10m}. */
    @WithDefault("10m")
    String scanEvery();

    /** Follow-ups announced per transaction. */
    @WithDefault("200")
    int batchSize();
}

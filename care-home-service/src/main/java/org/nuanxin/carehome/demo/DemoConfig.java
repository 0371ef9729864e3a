package org.nuanxin.carehome.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The synthetic sites ./run.sh has generated on first start; off unless asked for. */
@ConfigMapping(prefix = "nuanxin.demo")
public interface DemoConfig {

    /** Generate the sites when the service starts with none at all (NUANXIN_DEMO_ENABLED). */
    @WithDefault("false")
    boolean enabled();

    /** The random seed: the same seed gives the same sites and activities. */
    @WithDefault("20211")
    long seed();

    /** How long to wait for the family and volunteer directories to fill before going on with what is there. */
    @WithDefault("PT15M")
    Duration directoryWait();
}

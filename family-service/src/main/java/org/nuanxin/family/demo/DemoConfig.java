package org.nuanxin.family.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The synthetic registry ./run.sh loads on first start; off unless asked for. */
@ConfigMapping(prefix = "nuanxin.demo")
public interface DemoConfig {

    /** Generate the registry when the service starts with no families at all (NUANXIN_DEMO_ENABLED). */
    @WithDefault("false")
    boolean enabled();

    /** How many families, spread over the six districts. */
    @WithDefault("3000")
    int families();

    /** The random seed: the same seed gives the same registry. */
    @WithDefault("20211")
    long seed();
}

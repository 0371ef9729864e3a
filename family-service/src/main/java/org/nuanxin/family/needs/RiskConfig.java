package org.nuanxin.family.needs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ages the risk rules turn on; the association may tune them. */
@ConfigMapping(prefix = "nuanxin.risk")
public interface RiskConfig {

    /** From this age a member counts as of advanced age (高龄). */
    @WithDefault("80")
    int advancedAge();

    /** From this age a member with a chronic condition raises the risk. */
    @WithDefault("70")
    int elderlyAge();
}

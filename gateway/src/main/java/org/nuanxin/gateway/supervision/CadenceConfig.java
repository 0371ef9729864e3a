package org.nuanxin.gateway.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The contact cadence the supervision figures count against. family-service owns the rule
 * ({@code nuanxin.cadence.*} there); set the same values here when the association changes them.
 */
@ConfigMapping(prefix = "nuanxin.supervision.cadence")
public interface CadenceConfig {

    /** A call or visit at least this often: weekly. */
    @WithDefault("7")
    int contactWithinDays();

    /** A home visit at least this often: monthly. */
    @WithDefault("31")
    int visitWithinDays();
}

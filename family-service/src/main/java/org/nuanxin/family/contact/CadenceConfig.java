package org.nuanxin.family.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often every family must be contacted (联系频次); the association may tune it. */
@ConfigMapping(prefix = "nuanxin.cadence")
public interface CadenceConfig {

    /** A phone call or a visit at least this often: weekly. */
    @WithDefault("7")
    int contactWithinDays();

    /** A face-to-face home visit at least this often: monthly. */
    @WithDefault("31")
    int visitWithinDays();

    /** Home visits a family should have had by the end of a calendar year. */
    @WithDefault("4")
    int homeVisitsPerYear();
}

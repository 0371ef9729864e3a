package org.nuanxin.carehome.standards;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The standard every warm-home site must meet (暖心家园建设标准); the defaults are the association's. */
@ConfigMapping(prefix = "nuanxin.site-standards")
public interface SiteStandards {

    /** Regular volunteers (固定志愿者) a site must have. */
    @WithDefault("10")
    @Min(1)
    int minRegularVolunteers();

    /** Partner social organisations (合作社会组织) a site must work with. */
    @WithDefault("5")
    @Min(1)
    int minPartnerOrganisations();

    /**
     * Activities a site must have held in a calendar month, measured on the last full month (so the first days
     * of a month do not count against a site). Two: one 暖心大学堂 lecture or free clinic and one gathering.
     */
    @WithDefault("2")
    @Min(1)
    int minActivitiesPerMonth();
}

package org.nuanxin.gateway.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;

/** What the supervision figures and alerts count against ({@code nuanxin.supervision.*}). */
@ConfigMapping(prefix = "nuanxin.supervision")
public interface SupervisionConfig {

    Cadence cadence();

    Programme programme();

    Alerts alerts();

    /**
     * The contact cadence. family-service owns the rule ({@code nuanxin.cadence.*} there); set the same values here
     * when the association changes them.
     */
    interface Cadence {

        /** A call or visit at least this often: weekly. */
        @WithDefault("7")
        int contactWithinDays();

        /** A home visit at least this often: monthly. */
        @WithDefault("31")
        int visitWithinDays();

        /** A family assessed at high risk is visited at least this often. */
        @WithDefault("14")
        int highRiskVisitWithinDays();
    }

    /** The programme's terms as the city figures need them (insurance-service owns the premium). */
    interface Programme {

        /** Premium per insured person and year, paid by the programme. */
        @WithDefault("300.00")
        BigDecimal annualPremium();

        /** "双百": lectures and expert free clinics per year, each. */
        @WithDefault("100")
        int doubleHundredTarget();
    }

    interface Alerts {

        /** How often the alert rules look at the read models. */
        @WithDefault("60s")
        Duration scanEvery();

        /** A claim waiting for a coordinator longer than this raises an alert. */
        @WithDefault("72h")
        Duration claimReviewWithin();

        /** After a coordinator resolves an alert, its rule stays quiet about the same subject this long. */
        @WithDefault("7d")
        Duration quietAfterResolution();
    }
}

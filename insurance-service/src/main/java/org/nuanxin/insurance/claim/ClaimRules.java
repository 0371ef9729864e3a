package org.nuanxin.insurance.claim;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;

/** When an adjudicated claim waits for a coordinator instead of being decided automatically. Amounts in yuan. */
@ConfigMapping(prefix = "nuanxin.claims")
public interface ClaimRules {

    /** A claim whose benefit is above this amount waits for review (PENDING_REVIEW). */
    @WithDefault("20000.00")
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    BigDecimal reviewThreshold();

    /** A reviewed claim whose benefit is above this amount needs a second coordinator's approval. */
    @WithDefault("50000.00")
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    BigDecimal secondApprovalThreshold();
}

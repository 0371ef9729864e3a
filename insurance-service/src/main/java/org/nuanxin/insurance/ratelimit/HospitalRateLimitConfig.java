package org.nuanxin.insurance.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How fast one partner hospital's system may call the claims API (claims, green-channel checks): a token bucket per
 * OIDC client. A hospital's batch job gets {@code burst} calls at once, then {@code requests-per-second} sustained;
 * beyond that it is answered 429 with Retry-After, and the other hospitals are not slowed by it.
 */
@ConfigMapping(prefix = "nuanxin.claims.rate-limit")
public interface HospitalRateLimitConfig {

    /** Sustained calls per second per hospital client (NUANXIN_CLAIMS_RATE_LIMIT_REQUESTS_PER_SECOND). */
    @WithDefault("50")
    double requestsPerSecond();

    /** Calls a hospital client may make at once after a quiet spell (NUANXIN_CLAIMS_RATE_LIMIT_BURST). */
    @WithDefault("100")
    int burst();
}

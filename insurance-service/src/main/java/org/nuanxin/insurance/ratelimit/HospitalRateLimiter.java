package org.nuanxin.insurance.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.OptionalLong;

/** The buckets of every hospital client, shared by every rate-limited endpoint of the service. */
@ApplicationScoped
public class HospitalRateLimiter {

    private final HospitalRateLimitConfig config;
    private final TokenBuckets buckets;

    HospitalRateLimiter(HospitalRateLimitConfig config) {
        this.config = config;
        this.buckets = new TokenBuckets(config.requestsPerSecond(), config.burst());
    }

    /** Takes a call from the client's bucket, or throws {@link TooManyRequests} with when to come back. */
    void take(String clientId) {
        OptionalLong retryAfter = buckets.take(clientId, System.nanoTime());
        if (retryAfter.isPresent()) {
            throw new TooManyRequests(config.requestsPerSecond(), retryAfter.getAsLong());
        }
    }
}

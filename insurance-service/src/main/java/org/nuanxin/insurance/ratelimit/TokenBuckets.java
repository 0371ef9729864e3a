package org.nuanxin.insurance.ratelimit;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per key: {@code capacity} tokens, refilled at {@code perSecond}; a call takes one. Time is
 * passed in (nanoseconds of a monotonic clock) so the arithmetic is tested without waiting.
 */
final class TokenBuckets {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final int capacity;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int capacity) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.capacity = capacity;
    }

    /** Empty when the call may go ahead; otherwise the whole seconds until a token is back (at least 1). */
    OptionalLong take(String key, long nowNanos) {
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, nowNanos)).take(nowNanos);
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized OptionalLong take(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / perSecond)));
        }
    }
}

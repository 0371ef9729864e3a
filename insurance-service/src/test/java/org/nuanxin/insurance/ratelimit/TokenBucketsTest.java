package org.nuanxin.insurance.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bucket arithmetic, with the clock passed in: nothing here waits. */
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldLetABurstThroughThenRefuseWithTheSecondsUntilTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        for (int call = 0; call < 3; call++) {
            assertTrue(buckets.take("hospital-xianyue", 0).isEmpty(), "call " + call + " of the burst");
        }
        assertEquals(OptionalLong.of(1), buckets.take("hospital-xianyue", 0));
        assertTrue(buckets.take("hospital-xianyue", SECOND / 2).isEmpty(), "half a second at 2/s gives one back");
        assertEquals(OptionalLong.of(1), buckets.take("hospital-xianyue", SECOND / 2));
    }

    @Test
    void shouldKeepEachClientsBucketApart() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertTrue(buckets.take("hospital-xianyue", 0).isEmpty());
        assertTrue(buckets.take("hospital-xianyue", 0).isPresent());
        assertTrue(buckets.take("hospital-zhongshan", 0).isEmpty(), "another hospital is not slowed");
    }

    @Test
    void shouldRefillNoFurtherThanTheBurst() {
        TokenBuckets buckets = new TokenBuckets(10, 2);
        assertTrue(buckets.take("c", 0).isEmpty());
        long anHourLater = 3600 * SECOND;
        assertTrue(buckets.take("c", anHourLater).isEmpty());
        assertTrue(buckets.take("c", anHourLater).isEmpty());
        assertTrue(buckets.take("c", anHourLater).isPresent(), "a quiet hour still allows only the burst");
    }

    @Test
    void shouldAskASlowClientToWaitAsLongAsItsRateNeeds() {
        TokenBuckets buckets = new TokenBuckets(0.1, 1);
        assertTrue(buckets.take("c", 0).isEmpty());
        assertEquals(OptionalLong.of(10), buckets.take("c", 0));
        assertEquals(OptionalLong.of(5), buckets.take("c", 5 * SECOND));
    }

    @Test
    void shouldRefuseAConfigurationThatAllowsNothing() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(5, 0));
    }
}

package org.nuanxin.insurance.ratelimit;

import java.math.BigDecimal;

/** A hospital client over its rate; answered 429 by {@link TooManyRequestsMapper}. */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(double perSecond, long retryAfterSeconds) {
        super("请求超过每秒 " + BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString()
                + " 次的限额，请在 " + retryAfterSeconds + " 秒后重试", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

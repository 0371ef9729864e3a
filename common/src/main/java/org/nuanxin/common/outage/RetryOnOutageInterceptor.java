package org.nuanxin.common.outage;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * {@link RetryOnOutage}: retries with a growing pause (up to 5 s) for as long as {@code nuanxin.consumer.outage-retry-for}
 * (10 minutes); a longer outage fails the event like any other failure. Runs outside the transaction interceptor
 * (a lower priority number), so every attempt starts a fresh transaction.
 */
@RetryOnOutage
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnOutageInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnOutageInterceptor.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    @ConfigProperty(name = "nuanxin.consumer.outage-retry-for", defaultValue = "10m")
    Duration retryFor;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        long giveUpAt = System.nanoTime() + retryFor.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!Outages.isDatabaseOutage(e) || System.nanoTime() - giveUpAt > 0) {
                    throw e;
                }
                LOG.warnf("database unreachable while %s.%s applied an event, trying again in %d ms: %s",
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                        pause.toMillis(), e.getMessage());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}

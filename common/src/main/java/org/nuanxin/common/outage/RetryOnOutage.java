package org.nuanxin.common.outage;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an event consumer: while the database is unreachable ({@link Outages#isDatabaseOutage}), apply the event again
 * after a pause instead of failing it, so a database restart never sends a good event to the dead-letter topic. The
 * partition waits meanwhile, in order. Wraps the transaction: each attempt is a transaction of its own.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnOutage {
}

package org.nuanxin.insurance.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

/**
 * Counts each call of a hospital's system against its client's bucket, once the token has been verified and the
 * role checked (a forged token never gets here, so it cannot drain another hospital's bucket). Coordinators and the
 * auditor are people at a screen and are not limited here.
 */
@HospitalRateLimited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class HospitalRateLimit {

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    HospitalRateLimiter limiter;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        if (caller.hasRole(Roles.HOSPITAL)) {
            Object azp = token.getClaim("azp");
            limiter.take(azp == null ? caller.username() : azp.toString());
        }
        return invocation.proceed();
    }
}

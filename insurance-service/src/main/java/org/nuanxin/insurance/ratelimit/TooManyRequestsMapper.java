package org.nuanxin.insurance.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.nuanxin.common.problem.Problem;

/** 429 as problem+json, with Retry-After in whole seconds. */
public class TooManyRequestsMapper {

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_BASE + "too-many-requests", "请求过于频繁", 429, e.getMessage(),
                uri.getPath(), null, null);
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(problem).build();
    }
}

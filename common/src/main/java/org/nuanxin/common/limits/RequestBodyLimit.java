package org.nuanxin.common.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.nuanxin.common.problem.Problem;

import java.util.Set;

/**
 * A request body larger than {@code quarkus.http.limits.max-body-size} is refused with 413 as problem+json naming
 * the body. Quarkus itself answers such a request with a bare 413 and no body, before any exception mapper could
 * see it; this route runs just before Quarkus's own check. A declared length over the limit is refused at once; a
 * body sent without one (chunked) is read here up to the limit, and handed on to the resource already read, or
 * refused as soon as it goes over. The gateway turns that reading off ({@code nuanxin.http.read-streamed-bodies}):
 * it streams bodies through to the service, which applies the same limit.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Quarkus checks the declared length at order -2; this answers first. */
    private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;
    private static final int PAYLOAD_TOO_LARGE = 413;
    /** Without a declared length (HTTP/1.1 chunked, HTTP/2 data frames) these may still carry a body. */
    private static final Set<HttpMethod> MAY_HAVE_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void install(@Observes Router router) {
        Config config = ConfigProvider.getConfig();
        long limit = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        boolean readStreamed = config.getOptionalValue("nuanxin.http.read-streamed-bodies", Boolean.class).orElse(true);
        BodyHandler streamedBody = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(BEFORE_QUARKUS_UPLOAD_LIMIT).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
                refuse(context, limit);
            } else if (declared == null && readStreamed && MAY_HAVE_BODY.contains(context.request().method())) {
                // fails the context with 413 once the limit is passed, else goes on with the body read
                streamedBody.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(BEFORE_QUARKUS_UPLOAD_LIMIT).failureHandler(context -> {
            if (context.statusCode() == PAYLOAD_TOO_LARGE && !context.response().headWritten()) {
                refuse(context, limit);
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context, long limit) {
        JsonObject problem = new JsonObject()
                .put("type", Problem.TYPE_BASE + "payload-too-large")
                .put("title", "请求体过大")
                .put("status", PAYLOAD_TOO_LARGE)
                .put("detail", "请求体不能超过 " + limit + " 字节")
                .put("instance", context.request().path())
                .put("violations", new JsonArray().add(new JsonObject()
                        .put("field", "body").put("message", "请求体不能超过 " + limit + " 字节")));
        // the rest of the body is not read: the connection closes after the answer
        context.response().setStatusCode(PAYLOAD_TOO_LARGE)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }
}

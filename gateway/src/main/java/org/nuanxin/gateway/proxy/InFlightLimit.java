package org.nuanxin.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.problem.Problem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code nuanxin.proxy.max-in-flight} requests are forwarded at once, to all services together; the next
 * one is answered {@code 503} problem+json with {@code Retry-After} at once. Without the bound, a gateway offered
 * more than the services could answer kept every waiting request, with its body, until its heap ran out (the
 * benchmark of 2026-11-29 at 3,000 requests per second, {@code -Xmx256m}).
 *
 * <p>A request holds its place from the moment its route is taken until the proxy has sent its answer (or failed
 * to, its caller gone) or its response has ended or closed, whichever comes first: success, a service's error, a
 * 502/504, a 408 for a stalled body and a caller's reset all give the place back. Both ends are watched because
 * neither is enough alone: the proxy takes over the response's exception handler, so a caller's reset while its
 * request is with the service reaches only the proxy (which then answers into the void), never the route's end
 * handlers; and an answer the proxy makes past its interceptors (its own 502) ends only on the route.
 */
@ApplicationScoped
public class InFlightLimit implements Handler<RoutingContext> {

    private final Map<HttpServerRequest, Boolean> places = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int max;

    InFlightLimit(ProxyConfig config) {
        this.max = config.maxInFlight();
    }

    @Override
    public void handle(RoutingContext context) {
        if (!tryAcquire()) {
            busy(context, "the gateway is forwarding as many requests as it takes at once (" + max + ")");
            return;
        }
        HttpServerRequest request = context.request();
        places.put(request, Boolean.TRUE);
        context.addEndHandler(ended -> release(request));
        context.next();
    }

    /** To be the proxy's first interceptor: gives the place back once the proxy has sent the answer, or failed to. */
    ProxyInterceptor releaseOnceAnswered() {
        return new ProxyInterceptor() {
            @Override
            public Future<Void> handleProxyResponse(ProxyContext context) {
                return context.sendResponse().onComplete(sent -> release(context.request().proxiedRequest()));
            }
        };
    }

    /** Requests being forwarded now. */
    public int inFlight() {
        return inFlight.get();
    }

    private boolean tryAcquire() {
        for (int now = inFlight.get(); now < max; now = inFlight.get()) {
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
        return false;
    }

    private void release(HttpServerRequest request) {
        if (places.remove(request) != null) {
            inFlight.decrementAndGet();
        }
    }

    /** {@code 503} problem+json with {@code Retry-After}: the caller may try again shortly. */
    private static void busy(RoutingContext context, String why) {
        Problem problem = new Problem(Problem.TYPE_BASE + "gateway-busy", "网关繁忙", 503,
                why + "; try again in " + ServiceRoutes.RETRY_AFTER_SECONDS + " seconds", context.request().path(),
                null, null);
        context.response()
                .setStatusCode(503)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", ServiceRoutes.RETRY_AFTER_SECONDS)
                .end(Json.encode(problem));
        // a body the caller is still sending is read and dropped, so its connection can carry its next request
        context.request().resume();
    }
}

package org.nuanxin.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.nuanxin.common.problem.Problem;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Forwards {@code /api/<service>/...} to the service, unchanged but for the prefix, with the caller's
 * Authorization header: each service checks the token itself. {@code /openapi/<service>} is the service's OpenAPI
 * document, public like the gateway's own {@code /q/openapi}; {@link ApiIndexResource} lists them all.
 *
 * <p>A service that cannot be reached, or that sends nothing for {@code nuanxin.proxy.idle-timeout} (its request or
 * connection is then reset, so a caller that hung up halfway through a body never holds a pooled connection for
 * long), is answered as a problem: 502 when it could not be reached or broke off, 504 when it went silent, both
 * with {@code Retry-After}. At most {@code nuanxin.proxy.max-in-flight} requests are forwarded at once
 * ({@link InFlightLimit}) and at most {@code max-waiting-per-service} wait for one service's connections; beyond
 * either the caller gets 503 with {@code Retry-After} at once. A service's JSON answer is compressed for a caller
 * that accepts it, like the gateway's own.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    /** Seconds a caller is asked to wait before trying again when a service could not answer. */
    static final String RETRY_AFTER_SECONDS = "5";

    void install(@Observes Router router, Vertx vertx, ServiceRoutesConfig config, ProxyConfig proxyConfig,
                 InFlightLimit limit) {
        long idleMillis = proxyConfig.idleTimeout().toMillis();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(proxyConfig.maxConnections())
                .setMaxWaitQueueSize(proxyConfig.maxWaitingPerService())
                .setKeepAlive(true)
                .setConnectTimeout((int) proxyConfig.connectTimeout().toMillis())
                // longer than each request's own idle timeout, so that a silent service is told by the request's
                // timeout (504), not by its connection being closed under it (which reads as a service breaking off)
                .setIdleTimeout((int) (2 * idleMillis))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS));
        config.services().forEach((service, baseUrl) -> {
            URI target = URI.create(baseUrl);
            String prefix = "/api/" + service;
            OriginRequestProvider origin = new Origin(
                    SocketAddress.inetSocketAddress(target.getPort(), target.getHost()), idleMillis);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(origin)
                    .addInterceptor(limit.releaseOnceAnswered())
                    .addInterceptor(new StripPrefix(prefix, service, vertx, idleMillis));
            router.route(prefix + "/*").handler(limit).handler(compressingJson(ProxyHandler.create(proxy)));
            HttpProxy document = HttpProxy.reverseProxy(client)
                    .origin(origin)
                    .addInterceptor(limit.releaseOnceAnswered())
                    .addInterceptor(new ToOpenApiDocument(service));
            router.route(HttpMethod.GET, "/openapi/" + service).handler(limit)
                    .handler(compressingJson(ProxyHandler.create(document)));
            LOG.infof("forwarding %s/* to %s/api/* and /openapi/%s to its OpenAPI document", prefix, baseUrl, service);
        });
    }

    /** The service's address; every request to it is reset when the service sends nothing for the idle time. */
    record Origin(SocketAddress address, long idleMillis) implements OriginRequestProvider {
        @Override
        public Future<io.vertx.core.http.HttpClientRequest> create(ProxyContext context) {
            return context.client().request(new RequestOptions().setServer(address).setIdleTimeout(idleMillis));
        }
    }

    /** {@code /openapi/family?format=json} → {@code /q/openapi?format=json}: the service's own document. */
    record ToOpenApiDocument(String service) implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String uri = context.request().getURI();
            int query = uri.indexOf('?');
            context.request().setURI("/q/openapi" + (query < 0 ? "" : uri.substring(query)));
            return forward(context, service, uri);
        }
    }

    /**
     * {@code /api/family/families?page=1} → {@code /api/families?page=1}. A body of declared length is read whole
     * before a connection to the service is taken: a caller that hangs up halfway through its body then costs the
     * service nothing, where a half-sent body piped on would hold a pooled connection until the idle timeout (the
     * caller's reset does not always reach a request already on its way).
     */
    record StripPrefix(String prefix, String service, Vertx vertx, long idleMillis) implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String uri = context.request().getURI();
            context.request().setURI("/api" + uri.substring(prefix.length()));
            Body body = context.request().getBody();
            if (body == null || body.length() <= 0) {
                return forward(context, service, uri);
            }
            return readWhole(body).transform(read -> {
                if (read.failed()) {
                    // answered only if the caller is still there to read it
                    return problem(context, 408, "request-body-incomplete", "请求内容未完整送达",
                            "the request body did not arrive in full; send it again", uri);
                }
                context.request().setBody(Body.body(read.result()));
                return forward(context, service, uri);
            });
        }

        /** The body's bytes once the caller has sent them all; fails if the caller goes away or stalls. */
        private Future<Buffer> readWhole(Body body) {
            Promise<Buffer> whole = Promise.promise();
            Buffer read = Buffer.buffer((int) Math.min(body.length(), 1 << 20));
            long stalled = vertx.setTimer(idleMillis, id -> whole.tryFail("the caller stopped sending its body"));
            body.stream()
                    .exceptionHandler(failure -> {
                        vertx.cancelTimer(stalled);
                        whole.tryFail(failure);
                    })
                    .handler(read::appendBuffer)
                    .endHandler(end -> {
                        vertx.cancelTimer(stalled);
                        whole.tryComplete(read);
                    });
            body.stream().resume();
            return whole.future();
        }
    }

    /**
     * Quarkus marks every response {@code Content-Encoding: identity} (not compressed) and lifts the mark for the
     * media types it compresses when it serves them itself; for a service's answer the gateway lifts it here, for
     * JSON only. A service that compressed its answer keeps its own encoding.
     */
    static Handler<RoutingContext> compressingJson(Handler<RoutingContext> proxy) {
        return context -> {
            context.addHeadersEndHandler(headersEnd -> {
                MultiMap headers = context.response().headers();
                String type = headers.get(HttpHeaders.CONTENT_TYPE);
                List<String> encodings = headers.getAll(HttpHeaders.CONTENT_ENCODING);
                if (type != null && type.split(";")[0].trim().equalsIgnoreCase("application/json")
                        && encodings.contains(HttpHeaders.IDENTITY.toString())) {
                    headers.remove(HttpHeaders.CONTENT_ENCODING);
                    encodings.stream().filter(encoding -> !encoding.equals(HttpHeaders.IDENTITY.toString()))
                            .forEach(encoding -> headers.add(HttpHeaders.CONTENT_ENCODING, encoding));
                }
            });
            proxy.handle(context);
        };
    }

    /**
     * Sends the request on; a failure to get the service's answer becomes a problem: 504 when the service sent
     * nothing in time, 503 when too many requests already wait for it, else 502 (not reached, or broke off).
     */
    static Future<ProxyResponse> forward(ProxyContext context, String service, String instance) {
        return context.sendRequest().recover(failure -> {
            if (failure instanceof ConnectionPoolTooBusyException) {
                LOG.warnf("%s %s: too many requests wait for the %s service", context.request().getMethod(),
                        pathOf(instance), service);
                return problem(context, 503, "gateway-busy", "网关繁忙", "as many requests wait for the " + service
                        + " service as the gateway lets wait; try again in " + RETRY_AFTER_SECONDS + " seconds",
                        instance);
            }
            boolean silent = isTimeout(failure);
            int status = silent ? 504 : 502;
            LOG.warnf("%s %s: the %s service %s (%s)", context.request().getMethod(), pathOf(instance), service,
                    silent ? "sent nothing in time" : "could not be reached", failure.getClass().getSimpleName());
            return problem(context, status, silent ? "upstream-timeout" : "upstream-unavailable",
                    silent ? "服务响应超时" : "服务暂时不可用",
                    (silent ? "the " + service + " service did not answer in time"
                            : "the " + service + " service could not be reached")
                            + "; try again in " + RETRY_AFTER_SECONDS + " seconds", instance);
        });
    }

    /**
     * Whether the failure is a timeout (the request's idle timeout is Vert.x's {@code NoStackTraceTimeoutException},
     * a {@link java.util.concurrent.TimeoutException}; Netty's read and write timeouts are its own
     * {@link io.netty.handler.timeout.TimeoutException}), here or in its causes. A connect timeout is not: it is a
     * {@link java.net.ConnectException}, a service that could not be reached.
     */
    static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof io.netty.handler.timeout.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The gateway's own answer, a problem with {@code Retry-After}, in place of the service's. */
    static Future<ProxyResponse> problem(ProxyContext context, int status, String type, String title, String detail,
                                         String instance) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, pathOf(instance), null, null);
        ProxyResponse response = context.request().release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", RETRY_AFTER_SECONDS)
                .setBody(Body.body(Buffer.buffer(Json.encode(problem))));
        return Future.succeededFuture(response);
    }

    /** The request's path without its query, which may carry search terms (names, phone fragments). */
    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}

package org.nuanxin.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;

/**
 * Forwards {@code /api/<service>/...} to the service, unchanged but for the prefix, with the caller's
 * Authorization header: each service checks the token itself. {@code /openapi/<service>} is the service's OpenAPI
 * document, public like the gateway's own {@code /q/openapi}; {@link ApiIndexResource} lists them all.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    void install(@Observes Router router, Vertx vertx, ServiceRoutesConfig config) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
        config.services().forEach((service, baseUrl) -> {
            URI target = URI.create(baseUrl);
            String prefix = "/api/" + service;
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(target.getPort(), target.getHost())
                    .addInterceptor(new StripPrefix(prefix));
            router.route(prefix + "/*").handler(ProxyHandler.create(proxy));
            HttpProxy document = HttpProxy.reverseProxy(client)
                    .origin(target.getPort(), target.getHost())
                    .addInterceptor(new ToOpenApiDocument());
            router.route(HttpMethod.GET, "/openapi/" + service).handler(ProxyHandler.create(document));
            LOG.infof("forwarding %s/* to %s/api/* and /openapi/%s to its OpenAPI document", prefix, baseUrl, service);
        });
    }

    /** {@code /openapi/family?format=json} → {@code /q/openapi?format=json}: the service's own document. */
    record ToOpenApiDocument() implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String uri = context.request().getURI();
            int query = uri.indexOf('?');
            context.request().setURI("/q/openapi" + (query < 0 ? "" : uri.substring(query)));
            return context.sendRequest();
        }
    }

    /** {@code /api/family/families?page=1} → {@code /api/families?page=1}. */
    record StripPrefix(String prefix) implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String uri = context.request().getURI();
            context.request().setURI("/api" + uri.substring(prefix.length()));
            return context.sendRequest();
        }
    }
}

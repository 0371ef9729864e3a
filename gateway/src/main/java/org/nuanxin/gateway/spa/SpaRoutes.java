package org.nuanxin.gateway.spa;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The SPA routes in the browser ({@code /families/123}); a reload of such a URL must serve index.html, not
 * 404. Paths of the API, of Quarkus, of the services' OpenAPI documents and of files (with an extension) are left
 * alone.
 */
@ApplicationScoped
public class SpaRoutes {

    void install(@Observes Router router) {
        router.get("/*").order(-1000).handler(context -> {
            String path = context.normalizedPath();
            boolean appRoute = !path.equals("/") && !path.startsWith("/api/") && !path.equals("/api")
                    && !path.startsWith("/q/") && !path.equals("/q") && !path.startsWith("/openapi/") && !path.substring(path.lastIndexOf('/')).contains(".");
            if (appRoute) {
                context.reroute("/");
            } else {
                context.next();
            }
        });
    }
}

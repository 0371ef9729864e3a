package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Keeps every HTTP response the journeys of this JVM receive through REST Assured: the operation (method and
 * path as the gateway exposes it, ids replaced by {@code {id}}), the caller's Nuanxin roles from the bearer token,
 * the status and the body. {@link RunningSystem} registers it for all of them; {@link PiiLeakScanTest} reads it.
 */
final class ResponseRecorder implements Filter {

    /** What one call received. */
    record Exchange(String method, String path, Set<String> roles, int status, String body) {
        String operation() {
            return method + " " + path;
        }
    }

    static final ResponseRecorder INSTANCE = new ResponseRecorder();

    private static final Set<String> NUANXIN_ROLES =
            Set.of("city-coordinator", "district-coordinator", "volunteer", "hospital", "auditor");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    private ResponseRecorder() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response received = context.next(request, response);
        exchanges.add(new Exchange(request.getMethod(), gatewayPath(URI.create(request.getURI())), roles(request),
                received.statusCode(), received.asString()));
        return received;
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /**
     * The path as the gateway exposes it: a call straight to a service ({@code /api/families/…} on its own port)
     * is written as its gateway route ({@code /api/family/families/…}).
     */
    private static String gatewayPath(URI uri) {
        String path = uri.getPath().replaceAll(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}");
        String route = RunningSystem.gatewayRouteOfPort(uri.getPort());
        return route != null && path.startsWith("/api/") ? "/api/" + route + path.substring(4) : path;
    }

    private static Set<String> roles(FilterableRequestSpecification request) {
        String token = null;
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) {
            token = oauth2.getAccessToken();
        }
        String header = request.getHeaders().getValue("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).trim();
        }
        if (token == null) {
            return Set.of();
        }
        try {
            String[] parts = token.split("\\.");
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return StreamSupport.stream(claims.path("realm_access").path("roles").spliterator(), false)
                    .map(JsonNode::asText).filter(NUANXIN_ROLES::contains).collect(Collectors.toUnmodifiableSet());
        } catch (Exception notAJwt) {
            // a tampered or made-up token: the caller has no role the services would honour
            return Set.of();
        }
    }

    /** The body of every recorded exchange, for the count of what the scan saw. */
    long recordedCharacters() {
        return exchanges.stream().mapToLong(exchange -> exchange.body().length()).sum();
    }
}

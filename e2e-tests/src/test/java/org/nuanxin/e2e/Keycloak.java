package org.nuanxin.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Real tokens from the running system's Keycloak: the demo users' (password grant of {@code nuanxin-cli}) and the
 * partner hospitals' (client credentials), each fetched once and again when it nears its expiry; and the admin REST
 * API, with the {@code admin}/{@code admin} account {@code local-infra}'s {@code KeycloakServer} bootstraps, for the
 * clients and realms the token tests need.
 */
final class Keycloak {

    /** Hospital client ids and their demo secrets, as in the realm file. */
    static final Map<String, String> HOSPITAL_SECRETS = Map.of(
            "hospital-xianyue", "xianyue-secret",
            "hospital-zhongshan", "zhongshan-secret",
            "hospital-first", "first-secret");

    private record Cached(String token, Instant refreshAfter) {
    }

    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** The realm URL, e.g. {@code http://localhost:18180/realms/nuanxin}: the issuer of every token. */
    static String realmUrl() {
        return RunningSystem.endpoints().oidcUrl();
    }

    /** Keycloak's base URL, without the realm. */
    static String baseUrl() {
        String realm = realmUrl();
        return realm.substring(0, realm.indexOf("/realms/"));
    }

    /** A demo user's or a hospital client's access token, reused while it has more than a minute to live. */
    static String token(String userOrHospital) {
        Cached cached = TOKENS.get(userOrHospital);
        if (cached == null || Instant.now().isAfter(cached.refreshAfter())) {
            Response response = HOSPITAL_SECRETS.containsKey(userOrHospital)
                    ? clientCredentials(realmUrl(), userOrHospital, HOSPITAL_SECRETS.get(userOrHospital))
                    : given().formParam("grant_type", "password").formParam("client_id", "nuanxin-cli")
                            .formParam("username", userOrHospital).formParam("password", "nuanxin")
                            .post(realmUrl() + "/protocol/openid-connect/token");
            response.then().statusCode(200);
            int lifespan = response.path("expires_in");
            cached = new Cached(response.path("access_token"),
                    Instant.now().plus(Duration.ofSeconds(Math.max(0, lifespan - 60))));
            TOKENS.put(userOrHospital, cached);
        }
        return cached.token();
    }

    static Response clientCredentials(String realmUrl, String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(realmUrl + "/protocol/openid-connect/token");
    }

    /** A token of Keycloak's master-realm administrator. */
    static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * Creates (or replaces) a confidential client-credentials client in {@code realm} whose service account holds
     * {@code realmRole}, with the given default client scopes and attributes; answers its secret.
     */
    static String serviceClient(String realm, String clientId, String realmRole, List<String> defaultScopes,
                                Map<String, String> attributes) {
        String admin = adminToken();
        String clients = baseUrl() + "/admin/realms/" + realm + "/clients";
        List<String> existing = given().auth().oauth2(admin).queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().path("id");
        for (String id : existing) {
            given().auth().oauth2(admin).delete(clients + "/" + id).then().statusCode(204);
        }
        String secret = clientId + "-secret";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("clientId", clientId), Map.entry("enabled", true),
                        Map.entry("publicClient", false), Map.entry("clientAuthenticatorType", "client-secret"),
                        Map.entry("secret", secret), Map.entry("standardFlowEnabled", false),
                        Map.entry("directAccessGrantsEnabled", false), Map.entry("serviceAccountsEnabled", true),
                        Map.entry("protocol", "openid-connect"), Map.entry("fullScopeAllowed", true),
                        Map.entry("defaultClientScopes", defaultScopes), Map.entry("attributes", attributes)))
                .post(clients).then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().path("[0].id");
        String serviceAccount = given().auth().oauth2(admin).get(clients + "/" + id + "/service-account-user")
                .then().statusCode(200).extract().path("id");
        Map<String, Object> role = given().auth().oauth2(admin)
                .get(baseUrl() + "/admin/realms/" + realm + "/roles/" + realmRole)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(baseUrl() + "/admin/realms/" + realm + "/users/" + serviceAccount + "/role-mappings/realm")
                .then().statusCode(204);
        return secret;
    }
}

package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service, through the gateway and directly, refuses with 401 problem+json a bearer token that is expired,
 * altered, of another issuer, for another audience, of another realm, or unsigned — each otherwise like a token it
 * accepts, which a control token of the same client shape proves: a city-coordinator service account of the
 * {@code nuanxin} realm with the realm's {@code nuanxin-claims} scope (district and the {@code nuanxin-api}
 * audience). And a partner hospital's client-credentials token is refused the coordinators' functions (403).
 */
class TokenRejectionTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHER_REALM = "nuanxin-elsewhere";

    /** A read every caller with the city-coordinator role may make, one per API: name → (gateway path, direct URL). */
    private static final Map<String, String[]> TARGETS = new LinkedHashMap<>();

    private static String control;
    private static final Map<String, String> BAD = new LinkedHashMap<>();

    @BeforeAll
    static void tokensOfEveryKind() throws Exception {
        RunningSystem.start();
        TARGETS.put("family-service", new String[] {"/api/family/families", RunningSystem.serviceUrl("family-service") + "/api/families"});
        TARGETS.put("volunteer-service", new String[] {"/api/volunteer/volunteers", RunningSystem.serviceUrl("volunteer-service") + "/api/volunteers"});
        TARGETS.put("insurance-service", new String[] {"/api/insurance/claims", RunningSystem.serviceUrl("insurance-service") + "/api/claims"});
        TARGETS.put("care-home-service", new String[] {"/api/care-home/sites", RunningSystem.serviceUrl("care-home-service") + "/api/sites"});
        TARGETS.put("gateway", new String[] {"/api/supervision/snapshot", RunningSystem.gatewayUrl() + "/api/supervision/snapshot"});

        String realm = Keycloak.realmUrl();
        List<String> withClaims = List.of("roles", "basic", "nuanxin-claims");
        control = Keycloak.clientCredentials(realm, "e2e-city-service",
                        Keycloak.serviceClient("nuanxin", "e2e-city-service", "city-coordinator", withClaims, Map.of()))
                .then().statusCode(200).extract().path("access_token");

        // the same client shape but without the nuanxin-claims scope: no nuanxin-api audience
        String noAudience = Keycloak.clientCredentials(realm, "e2e-no-audience",
                        Keycloak.serviceClient("nuanxin", "e2e-no-audience", "city-coordinator", List.of("roles", "basic"), Map.of()))
                .then().statusCode(200).extract().path("access_token");
        assertTrue(!claims(noAudience).path("aud").toString().contains("nuanxin-api"), "the token lacks the audience");
        BAD.put("wrong-audience token", noAudience);

        // the realm's own key signs it, but it names Keycloak by another host name: another issuer
        String otherIssuer = Keycloak.clientCredentials(realm.replace("localhost", "127.0.0.1"), "e2e-city-service",
                "e2e-city-service-secret").then().statusCode(200).extract().path("access_token");
        assertNotEquals(claims(control).path("iss").asText(), claims(otherIssuer).path("iss").asText());
        BAD.put("wrong-issuer token", otherIssuer);

        BAD.put("other-realm token", otherRealmToken());

        String[] parts = control.split("\\.");
        ObjectNode payload = (ObjectNode) claims(control);
        payload.put("preferred_username", "auditor");
        BAD.put("tampered-payload token", parts[0] + "." + encode(JSON.writeValueAsBytes(payload)) + "." + parts[2]);
        char last = parts[2].charAt(10);
        BAD.put("tampered-signature token", parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10)
                + (last == 'A' ? 'B' : 'A') + parts[2].substring(11));
        BAD.put("unsigned (alg none) token", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".");
        BAD.put("malformed token", "not-a-jwt");

        // a token of a client whose access tokens live one second, used after it has expired
        String shortLived = Keycloak.clientCredentials(realm, "e2e-short-lived",
                        Keycloak.serviceClient("nuanxin", "e2e-short-lived", "city-coordinator", withClaims,
                                Map.of("access.token.lifespan", "1")))
                .then().statusCode(200).extract().path("access_token");
        long expiry = claims(shortLived).path("exp").asLong();
        assertTrue(expiry - claims(shortLived).path("iat").asLong() <= 1, "the client's tokens live one second");
        while (Instant.now().getEpochSecond() <= expiry + 1) {
            Thread.sleep(250);
        }
        BAD.put("expired token", shortLived);
    }

    /** A realm of its own with a city-coordinator service account whose tokens carry the nuanxin-api audience. */
    private static String otherRealmToken() {
        String admin = Keycloak.adminToken();
        String realms = Keycloak.baseUrl() + "/admin/realms";
        if (given().auth().oauth2(admin).get(realms + "/" + OTHER_REALM).statusCode() == 200) {
            given().auth().oauth2(admin).delete(realms + "/" + OTHER_REALM).then().statusCode(204);
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                "realm", OTHER_REALM, "enabled", true, "sslRequired", "none",
                "roles", Map.of("realm", List.of(Map.of("name", "city-coordinator"))),
                "clients", List.of(Map.of("clientId", "intruder", "enabled", true, "publicClient", false,
                        "secret", "intruder-secret", "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                        "protocolMappers", List.of(Map.of("name", "nuanxin-api audience", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                        "included.custom.audience", "nuanxin-api", "access.token.claim", "true"))))),
                "users", List.of(Map.of("username", "service-account-intruder", "enabled", true,
                        "serviceAccountClientId", "intruder", "realmRoles", List.of("city-coordinator")))))
                .post(realms).then().statusCode(201);
        String token = Keycloak.clientCredentials(Keycloak.baseUrl() + "/realms/" + OTHER_REALM, "intruder",
                "intruder-secret").then().statusCode(200).extract().path("access_token");
        assertTrue(claims(token).path("aud").toString().contains("nuanxin-api"), "only its realm is wrong");
        return token;
    }

    @TestFactory
    List<DynamicTest> everyBadTokenIsRefusedByEveryService() {
        List<DynamicTest> tests = new ArrayList<>();
        TARGETS.forEach((service, target) -> {
            tests.add(DynamicTest.dynamicTest("control token → " + service + " through the gateway and directly", () -> {
                given().auth().oauth2(control).get(target[0]).then().statusCode(200);
                given().auth().oauth2(control).get(target[1]).then().statusCode(200);
            }));
            BAD.forEach((kind, token) -> {
                tests.add(DynamicTest.dynamicTest(kind + " → " + service + " through the gateway",
                        () -> refused(given().auth().oauth2(token).get(target[0]), 401)));
                tests.add(DynamicTest.dynamicTest(kind + " → " + service + " directly",
                        () -> refused(given().auth().oauth2(token).get(target[1]), 401)));
            });
        });
        return tests;
    }

    /** Coordinators' functions of each API, which a partner hospital's own token does not open. */
    @TestFactory
    List<DynamicTest> aHospitalTokenIsRefusedTheCoordinatorsFunctions() {
        Map<String, String> coordinatorReads = new LinkedHashMap<>();
        coordinatorReads.put("family-service", "families");
        coordinatorReads.put("volunteer-service", "volunteers");
        coordinatorReads.put("care-home-service", "site-coverage");
        coordinatorReads.put("insurance-service", "payment-batches/" + java.util.UUID.randomUUID());
        List<DynamicTest> tests = new ArrayList<>();
        for (String hospital : Keycloak.HOSPITAL_SECRETS.keySet()) {
            coordinatorReads.forEach((service, path) -> {
                String gatewayPath = "/api/" + service.replace("-service", "") + "/" + path;
                tests.add(DynamicTest.dynamicTest(hospital + " → GET " + gatewayPath + " through the gateway",
                        () -> refused(given().auth().oauth2(Keycloak.token(hospital)).get(gatewayPath), 403)));
                tests.add(DynamicTest.dynamicTest(hospital + " → GET /api/" + path + " of " + service + " directly",
                        () -> refused(given().auth().oauth2(Keycloak.token(hospital))
                                .get(RunningSystem.serviceUrl(service) + "/api/" + path), 403)));
            });
            tests.add(DynamicTest.dynamicTest(hospital + " → POST /api/family/families (register a family)",
                    () -> refused(given().auth().oauth2(Keycloak.token(hospital)).contentType(ContentType.JSON)
                            .body(Map.of("category", "BEREAVED", "districtCode", "350203", "street", "莲前街道",
                                    "community", "前埔社区", "address", "前埔北路 1 号",
                                    "members", List.of(Map.of("name", "陈美华", "relation", "MOTHER",
                                            "idNumber", WalkingSkeletonTest.newIdNumber()))))
                            .post("/api/family/families"), 403)));
            tests.add(DynamicTest.dynamicTest(hospital + " → POST /api/insurance/claims/{id}/reviews (review a claim)",
                    () -> refused(given().auth().oauth2(Keycloak.token(hospital)).contentType(ContentType.JSON)
                            .body(Map.of("decision", "APPROVE"))
                            .post("/api/insurance/claims/" + java.util.UUID.randomUUID() + "/reviews"), 403)));
            tests.add(DynamicTest.dynamicTest(hospital + " → GET /api/supervision/snapshot (the gateway's supervision)",
                    () -> refused(given().auth().oauth2(Keycloak.token(hospital)).get("/api/supervision/snapshot"), 403)));
        }
        return tests;
    }

    private static void refused(Response response, int status) {
        response.then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
        if (status == 401) {
            assertEquals("Bearer", response.header("WWW-Authenticate"), "a 401 names the scheme it wants");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

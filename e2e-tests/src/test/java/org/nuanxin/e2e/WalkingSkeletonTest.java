package org.nuanxin.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The foundation's thin slice, through the gateway as a browser would use it. */
class WalkingSkeletonTest {

    private static final Pattern SIMING = Pattern.compile("\"districtCode\":\"350203\",\"districtName\":\"[^\"]+\",\"families\":(\\d+)");

    @BeforeAll
    static void startTheSystem() throws Exception {
        RunningSystem.start();
    }

    static String token(String username) {
        return given().baseUri(RunningSystem.endpoints().oidcUrl())
                .formParam("grant_type", "password").formParam("client_id", "nuanxin-cli")
                .formParam("username", username).formParam("password", "nuanxin")
                .post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void shouldReportTheGatewayHealthy() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServeEachServicesOpenApiDocument() {
        Map<String, String> aPathOf = Map.of("family-service", "/api/families", "volunteer-service", "/api/volunteers",
                "insurance-service", "/api/benefit-rules", "care-home-service", "/api/sites");
        for (String service : RunningSystem.SERVICES) {
            given().baseUri(RunningSystem.serviceUrl(service)).when().get("/q/openapi?format=json")
                    .then().statusCode(200).body(containsString(aPathOf.get(service)));
            given().baseUri(RunningSystem.serviceUrl(service)).when().get("/q/health")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body(containsString("/api/supervision/stream"));
        // one index at the gateway, and every service's document through it
        given().when().get("/api/openapi").then().statusCode(200)
                .body("apis.name", hasItems("gateway", "family", "volunteer", "insurance", "care-home"));
        Map<String, String> route = Map.of("family-service", "family", "volunteer-service", "volunteer",
                "insurance-service", "insurance", "care-home-service", "care-home");
        for (String service : RunningSystem.SERVICES) {
            given().when().get("/openapi/" + route.get(service) + "?format=json")
                    .then().statusCode(200).body(containsString(aPathOf.get(service)));
        }
    }

    @Test
    void shouldForwardEveryServicesApiWithTheCallersToken() {
        String token = token("city");
        given().auth().oauth2(token).when().get("/api/volunteer/volunteers").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/insurance/benefit-rules")
                .then().statusCode(200).body("medicalSubsidyCapPerYear", equalTo("90000.00"));
        given().auth().oauth2(token).when().get("/api/care-home/sites").then().statusCode(200);
        given().when().get("/api/care-home/sites").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAnAnonymousCallThroughTheGatewayWith401Problem() {
        given().when().get("/api/family/families")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void shouldAcceptAPasswordGrantTokenOfTheDemoCoordinator() {
        given().auth().oauth2(token("city")).when().get("/api/family/families")
                .then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void shouldServeTheWebAppAndItsDeepLinks() {
        given().when().get("/").then().statusCode(200).contentType(ContentType.HTML).body(containsString("<div id=\"root\""));
        given().when().get("/families/new").then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void shouldPushTheNewDistrictCountToTheSupervisionStreamWhenACoordinatorRegistersAFamily() throws Exception {
        String token = token("city");
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RunningSystem.gatewayUrl() + "/api/supervision/stream"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        Thread reader = new Thread(() -> readFrames(stream.body(), frames), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        String first = frames.poll(20, TimeUnit.SECONDS);
        assertNotNull(first, "the stream sends the current figures on connect");
        int before = simingFamilies(first);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("category", "BEREAVED", "districtCode", "350203", "street", "厦港街道",
                        "community", "沙坡尾社区", "address", "大学路 88 号 201 室",
                        "members", List.of(Map.of("name", "黄淑贞", "relation", "MOTHER", "idNumber", newIdNumber(),
                                "phone", "13906001122", "livingAlone", true))))
                .when().post("/api/family/families")
                .then().statusCode(201);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int latest = before;
        while (latest != before + 1 && System.nanoTime() < deadline) {
            String frame = frames.poll(1, TimeUnit.SECONDS);
            if (frame != null) {
                latest = simingFamilies(frame);
            }
        }
        assertEquals(before + 1, latest, "the supervision stream showed the registration without a reload");
    }

    private static int simingFamilies(String frame) {
        Matcher matcher = SIMING.matcher(frame);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    static String newIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format("350203%04d%02d%02d%03d", 1945 + random.nextInt(20), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static void readFrames(InputStream body, BlockingQueue<String> frames) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            StringBuilder frame = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (frame.length() > 0) {
                        frames.add(frame.toString());
                        frame.setLength(0);
                    }
                } else if (!line.startsWith(":")) {
                    frame.append(line).append('\n');
                }
            }
        } catch (Exception e) {
            // the connection is dropped when the JVM ends
        }
    }
}

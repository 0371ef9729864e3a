package org.nuanxin.insurance.limits;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.OpenApiContract;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request bodies are held to {@code quarkus.http.limits.max-body-size} (1 MiB, common's default for every service):
 * a larger one is refused with 413 as problem+json naming the body, whether its length is declared or not, and
 * before any of it reaches a resource.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RequestBodyLimitTest {

    private static final String OVER_A_MEBIBYTE = "{\"identityNumber\":\"" + "9".repeat(1024 * 1024 + 1) + "\"}";

    @TestHTTPResource("/api/green-channel/checks")
    URI greenChannel;

    @Test
    void shouldRefuseADeclaredBodyOverTheLimitWith413Problem() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret")).contentType(ContentType.JSON)
                .body(OVER_A_MEBIBYTE)
                .when().post("/api/green-channel/checks")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("https://nuanxin.org/problems/payload-too-large"))
                .body("violations[0].field", equalTo("body"))
                .body("instance", equalTo("/api/green-channel/checks"));
    }

    @Test
    void shouldRefuseAStreamedBodyOverTheLimitWith413Problem() throws Exception {
        byte[] body = OVER_A_MEBIBYTE.getBytes(StandardCharsets.UTF_8);
        // no Content-Length: the body is sent in chunks and the limit is hit while it is read
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(greenChannel)
                        .header("Authorization", "Bearer " + Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("body", JsonPath.from(response.body()).getString("violations[0].field"));
    }

    @Test
    void shouldAcceptABodyUnderTheLimit() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret")).contentType(ContentType.JSON)
                .body(Map.of("identityNumber", "350203195803150022", "note", "x".repeat(100_000)))
                .when().post("/api/green-channel/checks")
                .then().statusCode(not(equalTo(413)));
    }

    @Test
    void shouldDocumentThe413OnEveryOperationWithABody() {
        JsonPath document = OpenApiContract.document();
        for (String operation : new String[] {"'/api/claims'.post", "'/api/enrolments'.post",
                "'/api/green-channel/checks'.post", "'/api/claims/{id}/reviews'.post"}) {
            assertEquals(413, document.getInt("paths." + operation
                    + ".responses.'413'.content.'application/problem+json'.examples.'413'.value.status"), operation);
        }
        assertTrue(document.getMap("paths.'/api/claims'.get.responses").get("413") == null,
                "a GET has no body to limit");
    }
}

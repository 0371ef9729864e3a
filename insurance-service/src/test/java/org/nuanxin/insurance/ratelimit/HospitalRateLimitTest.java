package org.nuanxin.insurance.ratelimit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.OpenApiContract;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-client rate limit of the hospital API, with a bucket of three calls that refills once in about three
 * hours: the fourth call is refused whatever the speed of the machine, so nothing here depends on timing.
 */
@QuarkusTest
@TestProfile(HospitalRateLimitTest.ThreeCalls.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class HospitalRateLimitTest {

    public static class ThreeCalls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nuanxin.claims.rate-limit.requests-per-second", "0.0001",
                    "nuanxin.claims.rate-limit.burst", "3");
        }
    }

    @Test
    void shouldAnswerAHospitalOverItsLimitWith429ProblemAndRetryAfterWhileOthersGoOn() {
        String xianyue = Tokens.ofHospital("hospital-xianyue", "xianyue-secret");
        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(xianyue).when().get("/api/claims").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(xianyue).when().get("/api/claims")
                .then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("https://nuanxin.org/problems/too-many-requests"))
                .body("instance", equalTo("/api/claims"))
                .header("Retry-After", Integer::parseInt, greaterThan(3600))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) <= 10_000, "about one token's time at 0.0001/s: " + retryAfter);

        given().auth().oauth2(Tokens.ofHospital("hospital-zhongshan", "zhongshan-secret"))
                .when().get("/api/claims").then().statusCode(200);
        String city = Tokens.of("city");
        for (int call = 0; call < 5; call++) {
            given().auth().oauth2(city).when().get("/api/claims").then().statusCode(200);
        }
    }

    @Test
    void shouldCountTheGreenChannelAndTheClaimsAgainstOneBucket() {
        String first = Tokens.ofHospital("hospital-first", "first-secret");
        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(first).contentType(ContentType.JSON).body(Map.of("identityNumber", "350203195803150022"))
                    .when().post("/api/green-channel/checks").then().statusCode(200);
        }
        given().auth().oauth2(first).contentType(ContentType.JSON).body(Map.of("identityNumber", "350203195803150022"))
                .when().post("/api/green-channel/checks").then().statusCode(429).header("Retry-After", Integer::parseInt,
                        greaterThan(0));
        given().auth().oauth2(first).when().get("/api/claims").then().statusCode(429)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotCountACallWhoseTokenIsRefused() {
        for (int call = 0; call < 5; call++) {
            given().auth().oauth2("not-a-token").when().get("/api/claims").then().statusCode(401);
        }
    }

    @Test
    void shouldDocumentThe429WithItsRetryAfterOnEveryHospitalOperation() {
        JsonPath document = OpenApiContract.document();
        for (String operation : new String[] {"'/api/claims'.get", "'/api/claims'.post", "'/api/claims/{id}'.get",
                "'/api/claims/{id}/history'.get", "'/api/green-channel/checks'.post"}) {
            Map<String, Object> tooMany = document.getMap("paths." + operation + ".responses.'429'");
            assertTrue(tooMany != null, operation + " documents 429");
            assertTrue(document.getMap("paths." + operation + ".responses.'429'.headers").containsKey("Retry-After"),
                    operation + " documents Retry-After");
            assertEquals(429, document.getInt("paths." + operation
                    + ".responses.'429'.content.'application/problem+json'.examples.'429'.value.status"), operation);
        }
    }
}

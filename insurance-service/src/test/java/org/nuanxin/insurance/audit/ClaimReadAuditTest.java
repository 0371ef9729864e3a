package org.nuanxin.insurance.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.claim.ClaimBody;
import org.nuanxin.insurance.enrolment.Insured;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every full read of a claim is in the access audit; the auditor finds it; nobody rewrites it. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ClaimReadAuditTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FHIR = "application/fhir+json";

    @Inject
    DataSource database;

    private static String xianyue() {
        return Tokens.ofHospital("hospital-xianyue", "xianyue-secret");
    }

    private static String submitClaim() {
        Insured.Person person = Insured.enrol("2024-01-01");
        return given().auth().oauth2(xianyue()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ClaimBody.outpatient(person.id(), "2025-05-06").build())
                .when().post("/api/claims").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse log(String token, Map<String, ?> filters) {
        return given().auth().oauth2(token).queryParams(filters).when().get("/api/access-audit").then();
    }

    @Test
    void shouldWriteAnEntryForEveryFullReadOfAClaimByEveryRole() {
        String claimId = submitClaim();
        given().auth().oauth2(xianyue()).when().get("/api/claims/" + claimId).then().statusCode(200);
        given().auth().oauth2(xianyue()).accept(FHIR).when().get("/api/claims/" + claimId).then().statusCode(200);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + claimId).then().statusCode(200);
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/claims/" + claimId).then().statusCode(200);

        log(Tokens.of("auditor"), Map.of("claimId", claimId)).statusCode(200)
                .body("total", equalTo(4))
                .body("items.actor", containsInAnyOrder("service-account-hospital-xianyue",
                        "service-account-hospital-xianyue", "city", "auditor"))
                .body("items.representation", containsInAnyOrder("JSON", "FHIR", "JSON", "JSON"))
                .body("items.findAll { it.actorRoles == 'hospital' }.clientId",
                        equalTo(List.of("hospital-xianyue", "hospital-xianyue")));
    }

    @Test
    void shouldWriteNothingForAReadThatIsRefused() {
        String claimId = submitClaim();
        given().auth().oauth2(Tokens.ofHospital("hospital-zhongshan", "zhongshan-secret"))
                .when().get("/api/claims/" + claimId).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/claims/" + claimId).then().statusCode(403);
        log(Tokens.of("auditor"), Map.of("claimId", claimId)).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldLetTheAuditorSearchByReaderAndTimeWindow() {
        String claimId = submitClaim();
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + claimId).then().statusCode(200);
        String auditor = Tokens.of("auditor");

        log(auditor, Map.of("claimId", claimId, "actor", "city", "from", before.toString()))
                .statusCode(200).body("total", equalTo(1)).body("items[0].actorRoles", equalTo("city-coordinator"));
        log(auditor, Map.of("claimId", claimId, "actor", "auditor")).statusCode(200).body("total", equalTo(0));
        log(auditor, Map.of("claimId", claimId, "to", before.toString())).statusCode(200).body("total", equalTo(0));
        log(auditor, Map.of("from", "last week")).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("from"));
        log(auditor, Map.of("claimId", "1 OR 1=1")).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("claimId"));
    }

    @Test
    void shouldShowTheLogToTheCityAndTheAuditorOnly() {
        log(Tokens.of("city"), Map.of()).statusCode(200);
        log(Tokens.of("siming"), Map.of()).statusCode(403).contentType(PROBLEM);
        log(xianyue(), Map.of()).statusCode(403).contentType(PROBLEM);
        given().when().get("/api/access-audit").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldOfferNoOperationThatChangesOrRemovesAnEntry() {
        String auditor = Tokens.of("auditor");
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            int status = given().auth().oauth2(auditor).contentType(ContentType.JSON).body(Map.of("actor", "nobody"))
                    .when().request(method, "/api/access-audit").then().contentType(PROBLEM).extract().statusCode();
            assertEquals(405, status, method);
        }
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/access-audit'", not(hasKey("put")))
                .body("paths.'/api/access-audit'", not(hasKey("patch")))
                .body("paths.'/api/access-audit'", not(hasKey("delete")))
                .body("paths.'/api/access-audit'", not(hasKey("post")));
    }

    /** Not even the service's own database account can rewrite history: the table refuses it. */
    @Test
    void shouldRefuseUpdateDeleteAndTruncateInTheDatabase() throws SQLException {
        String claimId = submitClaim();
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + claimId).then().statusCode(200);
        for (String sql : List.of(
                "UPDATE claim_read_audit SET actor = 'nobody' WHERE claim_id = '" + claimId + "'",
                "DELETE FROM claim_read_audit WHERE claim_id = '" + claimId + "'",
                "TRUNCATE claim_read_audit")) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        log(Tokens.of("auditor"), Map.of("claimId", claimId)).statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor", equalTo("city"));
    }
}

package org.nuanxin.insurance.claim;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.enrolment.Insured;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ClaimReviewTest {

    private static final String PROBLEM = "application/problem+json";

    private static String pendingClaim(Insured.Person person, String amount) {
        return given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ClaimBody.outpatient(person.id(), "2025-07-01").item("SURGERY", amount).build())
                .when().post("/api/claims")
                .then().statusCode(201).body("status", equalTo("PENDING_REVIEW")).extract().path("id");
    }

    private static ValidatableResponse review(String user, String claimId, String decision, String amount, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("medicalBenefit", amount);
        body.put("reason", reason);
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/claims/" + claimId + "/reviews").then();
    }

    private static ValidatableResponse coverage(Insured.Person person) {
        return given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025").then();
    }

    @Test
    void shouldApproveAClaimWaitingForReviewAndPublishTheDecision() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = pendingClaim(person, "30000.00");
        review("city", id, "APPROVE", null, null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("benefitAmount", equalTo("30000.00"));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/claims/" + id + "/history").then()
                .statusCode(200).body("toStatus", contains("PENDING_REVIEW", "APPROVED"))
                .body("[1].actor", equalTo("city"));
        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.of("org.nuanxin.insurance.claim-reviewed.v1", id),
                    Duration.ofSeconds(20));
            assertEquals("APPROVED", CloudEvents.json(events.get(0)).get("toStatus").asText());
        }
    }

    @Test
    void shouldGiveBackWhatAnAdjustmentOrARejectionReleases() {
        // in a 思明区 family, so that siming may review its claims
        Insured.Person person = Insured.enrolInDistrict("350203", "2024-01-01");
        String adjusted = pendingClaim(person, "30000.00");
        review("siming", adjusted, "ADJUST", "18000.00", "部分项目为自费").statusCode(200)
                .body("status", equalTo("PARTIALLY_APPROVED")).body("medicalBenefit", equalTo("18000.00"));
        coverage(person).body("subsidyUsed", equalTo("18000.00"));

        String rejected = pendingClaim(person, "25000.00");
        coverage(person).body("subsidyUsed", equalTo("43000.00"));
        review("city", rejected, "REJECT", null, "发票与病历不符").statusCode(200)
                .body("status", equalTo("REJECTED")).body("benefitAmount", equalTo("0.00"));
        coverage(person).body("subsidyUsed", equalTo("18000.00"));
    }

    @Test
    void shouldNeedASecondDifferentCoordinatorAboveTheSecondApprovalThreshold() {
        Insured.Person person = Insured.enrolInDistrict("350203", "2024-01-01");
        String id = pendingClaim(person, "60000.00");
        review("city", id, "APPROVE", null, null).statusCode(200).body("status", equalTo("AWAITING_SECOND_APPROVAL"));
        review("city", id, "APPROVE", null, null).statusCode(409).contentType(PROBLEM);
        review("siming", id, "APPROVE", null, null).statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldRefuseAnAdjustmentWithoutReasonOrAboveTheAdjudicatedBenefit() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = pendingClaim(person, "30000.00");
        review("city", id, "ADJUST", "1000.00", null).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("reason"));
        review("city", id, "ADJUST", "30000.01", "多算").statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("medicalBenefit"));
    }

    @Test
    void shouldRefuseToReviewADecidedClaimAndLetOnlyCoordinatorsReview() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = pendingClaim(person, "30000.00");
        review("auditor", id, "APPROVE", null, null).statusCode(403).contentType(PROBLEM);
        review("city", id, "REJECT", null, "重复").statusCode(200);
        review("city", id, "APPROVE", null, null).statusCode(409).contentType(PROBLEM);
    }
}

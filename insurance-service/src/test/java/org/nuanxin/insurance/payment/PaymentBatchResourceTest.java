package org.nuanxin.insurance.payment;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.claim.ClaimBody;
import org.nuanxin.insurance.enrolment.Insured;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class PaymentBatchResourceTest {

    private static String claim(Insured.Person person, String date, String amount) {
        return given().auth().oauth2(Tokens.ofHospital("hospital-first", "first-secret"))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ClaimBody.outpatient(person.id(), date).item("MEDICINE", amount).build())
                .when().post("/api/claims").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldPayAHospitalsDecidedClaimsOfAMonthOnce() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String first = claim(person, "2024-08-01", "100.00");
        String second = claim(person, "2024-08-31", "250.50");
        claim(person, "2024-09-01", "70.00");
        String pending = claim(person, "2024-08-15", "30000.00");

        String batch = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", "H-FIRST", "month", "2024-08"))
                .when().post("/api/payment-batches")
                .then().statusCode(201)
                .body("claimCount", equalTo(2))
                .body("total", equalTo("350.50"))
                .body("claimIds", containsInAnyOrder(first, second))
                .extract().path("id");

        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/payment-batches/" + batch)
                .then().statusCode(200).body("claimIds", containsInAnyOrder(first, second));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + first)
                .then().statusCode(200).body("status", equalTo("PAID"));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + pending)
                .then().statusCode(200).body("status", equalTo("PENDING_REVIEW"));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + first + "/history")
                .then().statusCode(200).body("toStatus", hasItem("PAID"));
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", "H-FIRST", "month", "2024-08"))
                .when().post("/api/payment-batches").then().statusCode(409);

        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.of("org.nuanxin.insurance.claim-paid.v1", second),
                    Duration.ofSeconds(20));
            assertEquals("250.50", CloudEvents.json(events.get(0)).get("amount").asText());
        }
    }

    @Test
    void shouldRefuseAMalformedMonthAndOtherRoles() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", "H-FIRST", "month", "2024-13"))
                .when().post("/api/payment-batches").then().statusCode(400)
                .body("violations.field", hasItem("month"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", "H-FIRST", "month", "2024-08"))
                .when().post("/api/payment-batches").then().statusCode(403);
    }

    private static String pay(String month) {
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", "H-FIRST", "month", month))
                .when().post("/api/payment-batches").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldListBatchesNewestFirstInPagesWithTheTotal() {
        Insured.Person person = Insured.enrol("2023-01-01");
        claim(person, "2023-03-10", "120.00");
        claim(person, "2023-04-10", "80.25");
        claim(person, "2023-04-20", "19.75");
        String march = pay("2023-03");
        String april = pay("2023-04");

        given().auth().oauth2(Tokens.of("city")).queryParam("page", 0).queryParam("size", 2)
                .when().get("/api/payment-batches")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(2))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(april))
                .body("items[0].hospitalId", equalTo("H-FIRST"))
                .body("items[0].month", equalTo("2023-04"))
                .body("items[0].claimCount", equalTo(2))
                .body("items[0].total", equalTo("100.00"))
                .body("items[0].createdBy", equalTo("city"))
                .body("items[0].claimIds", nullValue())
                .body("items[1].id", equalTo(march))
                .body("items[1].total", equalTo("120.00"));
        given().auth().oauth2(Tokens.of("auditor")).queryParam("page", 1).queryParam("size", 1)
                .when().get("/api/payment-batches")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(march)))
                .body("items.id", not(hasItem(april)));
    }

    @Test
    void shouldRefuseTheListToOtherRolesAndABadPage() {
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/payment-batches").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.ofHospital("hospital-first", "first-secret")).when().get("/api/payment-batches")
                .then().statusCode(403);
        given().when().get("/api/payment-batches").then().statusCode(401);
        given().auth().oauth2(Tokens.of("city")).queryParam("size", 101).when().get("/api/payment-batches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
        given().auth().oauth2(Tokens.of("city")).queryParam("page", -1).when().get("/api/payment-batches")
                .then().statusCode(400).body("violations.field", hasItem("page"));
    }
}

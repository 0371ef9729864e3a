package org.nuanxin.family.needs;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import io.cloudevents.CloudEvent;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.idNumberBornIn;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class NeedsResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** A father of 85 living alone with high blood pressure, in Siming. */
    static String registerLoneOctogenarian(String token) {
        Map<String, Object> father = Map.of("name", "林德福", "relation", "FATHER", "idNumber", idNumberBornIn(1941),
                "phone", "13959210001", "livingAlone", true, "healthConditions", List.of("高血压"));
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(family("350203", "鼓浪屿街道", father))
                .when().post("/api/families").then().statusCode(201)
                .body("riskLevel", equalTo("UNASSESSED"))
                .extract().path("id");
    }

    static Map<String, Object> ratings(Object... areaSeverity) {
        List<Map<String, Object>> needs = new java.util.ArrayList<>();
        for (int i = 0; i < areaSeverity.length; i += 2) {
            needs.add(Map.of("area", areaSeverity[i], "severity", areaSeverity[i + 1]));
        }
        return Map.of("needs", needs, "notes", "独居，血压控制不佳");
    }

    @Test
    void shouldRateALoneOctogenarianWithAChronicIllnessHighAndPublishTheRisk() {
        String city = Tokens.of("city");
        String familyId = registerLoneOctogenarian(city);

        given().auth().oauth2(city).contentType(ContentType.JSON).body(ratings("MEDICAL", "MEDIUM", "SOCIAL", "LOW"))
                .when().post("/api/families/" + familyId + "/assessments")
                .then().statusCode(201)
                .body("riskLevel", equalTo("HIGH"))
                .body("riskReasons[0]", equalTo("ALONE_ADVANCED_AGE_CHRONIC"))
                .body("riskReasons", hasItem("NEED_MEDIUM"))
                .body("assessedBy", equalTo("city"))
                .body("notes", equalTo("独居，血压控制不佳"));

        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(
                    EventTap.of("org.nuanxin.family.needs-assessed.v1", familyId), Duration.ofSeconds(20));
            assertEquals(1, events.size());
            CloudEvent event = events.get(0);
            String value = CloudEvents.data(event);
            assertTrue(value.contains("\"riskLevel\":\"HIGH\""), value);
            assertTrue(value.contains("\"previousRiskLevel\":\"UNASSESSED\""), value);
            assertFalse(value.contains("血压"), "notes stay out of events");
        }
        given().auth().oauth2(city).when().get("/api/families/" + familyId)
                .then().statusCode(200).body("riskLevel", equalTo("HIGH"));
    }

    @Test
    void shouldKeepEveryAssessmentNewestFirst() {
        String city = Tokens.of("city");
        Map<String, Object> couple = family("350203", "厦港街道",
                Map.of("name", "陈金水", "relation", "FATHER", "idNumber", idNumberBornIn(1962), "livingAlone", false),
                Map.of("name", "吴秀珠", "relation", "MOTHER", "idNumber", idNumberBornIn(1963), "livingAlone", false));
        String familyId = given().auth().oauth2(city).contentType(ContentType.JSON).body(couple)
                .when().post("/api/families").then().statusCode(201).extract().path("id");

        given().auth().oauth2(city).contentType(ContentType.JSON).body(ratings("FINANCIAL", "LOW"))
                .when().post("/api/families/" + familyId + "/assessments").then().statusCode(201)
                .body("riskLevel", equalTo("LOW"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(ratings("PSYCHOLOGICAL", "HIGH"))
                .when().post("/api/families/" + familyId + "/assessments").then().statusCode(201)
                .body("riskLevel", equalTo("HIGH"))
                .body("riskReasons", contains("ACUTE_NEED", "NEED_MEDIUM"));

        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/assessments")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("riskLevel", contains("HIGH", "LOW"));
        given().auth().oauth2(city).queryParam("risk", "HIGH").queryParam("need", "PSYCHOLOGICAL").queryParam("size", 100)
                .when().get("/api/families")
                .then().statusCode(200).body("items.id", hasItem(familyId));
        given().auth().oauth2(city).queryParam("need", "FINANCIAL").queryParam("size", 100)
                .when().get("/api/families")
                .then().statusCode(200).body("items.id", not(hasItem(familyId)));
    }

    @Test
    void shouldNameTheRatingThatRepeatsAnAreaOrLacksASeverity() {
        String city = Tokens.of("city");
        String familyId = registerLoneOctogenarian(city);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(ratings("MEDICAL", "LOW", "MEDICAL", "HIGH"))
                .when().post("/api/families/" + familyId + "/assessments")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("needs[1].area"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body("{\"needs\":[{\"area\":\"HOUSING\"}]}")
                .when().post("/api/families/" + familyId + "/assessments")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("needs[0].severity"));
        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/assessments")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldKeepAssessmentsInTheFamilysAreaAndNotesFromAuditors() {
        String familyId = registerLoneOctogenarian(Tokens.of("siming"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(ratings("LEGAL", "LOW"))
                .when().post("/api/families/" + familyId + "/assessments").then().statusCode(201);

        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON).body(ratings("LEGAL", "LOW"))
                .when().post("/api/families/" + familyId + "/assessments")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/families/" + familyId + "/assessments")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(ratings("LEGAL", "LOW"))
                .when().post("/api/families/" + familyId + "/assessments")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/families/" + familyId + "/assessments")
                .then().statusCode(200)
                .body("[0].riskLevel", equalTo("HIGH"))
                .body("[0].notes", nullValue());
    }
}

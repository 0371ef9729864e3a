package org.nuanxin.insurance.greenchannel;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.enrolment.Insured;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The green channel and the end of cover follow family-service's events. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class GreenChannelResourceTest {

    private static boolean entitled(String identityNumber) {
        return given().auth().oauth2(Tokens.ofHospital("hospital-zhongshan", "zhongshan-secret"))
                .contentType(ContentType.JSON).body(Map.of("identityNumber", identityNumber))
                .when().post("/api/green-channel/checks")
                .then().statusCode(200).extract().path("entitled");
    }

    private static void family(String type, String familyId, Map<String, ?> data) {
        EventWriter.send("family.events", familyId,
                EventWriter.cloudEvent("family-service", "org.nuanxin.family." + type + ".v1", familyId, data));
    }

    private static void awaitEntitled(String identityNumber, boolean expected) throws InterruptedException {
        for (int i = 0; i < 100 && entitled(identityNumber) != expected; i++) {
            Thread.sleep(200);
        }
        assertEquals(expected, entitled(identityNumber));
    }

    @Test
    void shouldAnswerYesOnlyWhileTheFamilysPlanHasTheGreenChannel() throws Exception {
        String familyId = UUID.randomUUID().toString();
        String identityNumber = Insured.newIdentityNumber();
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "李某", "identityNumber", identityNumber,
                        "coveredFrom", "2024-01-01"))
                .when().post("/api/enrolments").then().statusCode(201);
        family("family-registered", familyId, Map.of("familyId", familyId, "category", "BEREAVED",
                "districtCode", "350203", "memberCount", 2));
        assertEquals(false, entitled(identityNumber));

        family("coverage-changed", familyId, Map.of("familyId", familyId, "districtCode", "350203",
                "category", "BEREAVED", "liaisons", true, "familyDoctor", true, "greenChannel", true));
        awaitEntitled(identityNumber, true);

        family("coverage-changed", familyId, Map.of("familyId", familyId, "districtCode", "350203",
                "category", "BEREAVED", "liaisons", true, "familyDoctor", true, "greenChannel", false));
        awaitEntitled(identityNumber, false);
    }

    @Test
    void shouldEndTheMembersCoverWhenTheFamilyCloses() throws Exception {
        String familyId = UUID.randomUUID().toString();
        String identityNumber = Insured.newIdentityNumber();
        String personId = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "李某", "identityNumber", identityNumber,
                        "coveredFrom", "2024-01-01"))
                .when().post("/api/enrolments").then().statusCode(201).extract().path("id");
        family("coverage-changed", familyId, Map.of("familyId", familyId, "greenChannel", true));
        awaitEntitled(identityNumber, true);

        family("family-closed", familyId, Map.of("familyId", familyId, "category", "BEREAVED",
                "districtCode", "350203", "status", "CLOSED", "closedAt", "2025-06-30T10:00:00Z"));
        awaitEntitled(identityNumber, false);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/enrolments/" + personId)
                .then().statusCode(200).body("coveredUntil", equalTo("2025-06-30"));
        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.of("org.nuanxin.insurance.enrolment-ended.v1", personId),
                    Duration.ofSeconds(20));
            assertEquals("2025-06-30", CloudEvents.json(events.get(0)).get("coveredUntil").asText());
            assertTrue(!CloudEvents.data(events.get(0)).contains(identityNumber));
        }
    }

    @Test
    void shouldAnswerNoForAnUnknownOrInvalidIdentityNumber() {
        assertEquals(false, entitled(Insured.newIdentityNumber()));
        assertEquals(false, entitled("123"));
    }

    @Test
    void shouldLetOnlyHospitalsAsk() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("identityNumber", Insured.newIdentityNumber()))
                .when().post("/api/green-channel/checks").then().statusCode(403);
    }
}

package org.nuanxin.gateway.supervision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntPredicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyEventsProjectionTest {

    static int families(String token, String district) {
        return given().auth().oauth2(token).when().get("/api/supervision/snapshot")
                .then().statusCode(200).extract().jsonPath()
                .getInt("byDistrict.find { it.districtCode == '" + district + "' }.families");
    }

    static void awaitFamilies(String token, String district, IntPredicate expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        int seen;
        while (!expected.test(seen = families(token, district))) {
            if (Instant.now().isAfter(deadline)) {
                fail("district " + district + " still shows " + seen + " families");
            }
            sleep(200);
        }
    }

    @Test
    void shouldCountARegisteredFamilyOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
        String city = Tokens.of("city");
        int jimeiBefore = families(city, "350211");
        int tonganBefore = families(city, "350212");
        String familyId = UUID.randomUUID().toString();
        String event = FamilyEvents.familyRegistered(UUID.randomUUID().toString(), familyId, "350211", "DISABLED_CHILD");

        FamilyEvents.publish(familyId, event);
        FamilyEvents.publish(familyId, event);
        // another family's event behind the duplicate, same key so same partition: once it shows, the duplicate was consumed
        FamilyEvents.publish(familyId, FamilyEvents.familyRegistered(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "350212", "BEREAVED"));

        awaitFamilies(city, "350212", n -> n == tonganBefore + 1);
        assertEquals(jimeiBefore + 1, families(city, "350211"), "the duplicate delivery was applied twice");
    }

    @Test
    void shouldMoveARecategorisedFamilyAndDropAClosedOne() throws Exception {
        String city = Tokens.of("city");
        int before = families(city, "350205");
        int disabledBefore = given().auth().oauth2(city).when().get("/api/supervision/snapshot")
                .then().extract().jsonPath().getInt("byDistrict.find { it.districtCode == '350205' }.disabledChild");
        String familyId = UUID.randomUUID().toString();
        FamilyEvents.publish(familyId, FamilyEvents.familyRegistered(UUID.randomUUID().toString(), familyId, "350205", "BEREAVED"));
        FamilyEvents.publish(familyId, FamilyEvents.familyUpdated(UUID.randomUUID().toString(), familyId, "350205",
                "DISABLED_CHILD", "BEREAVED"));
        awaitFamilies(city, "350205", n -> n == before + 1);
        Instant deadline = Instant.now().plusSeconds(20);
        int disabled;
        do {
            disabled = given().auth().oauth2(city).when().get("/api/supervision/snapshot")
                    .then().extract().jsonPath().getInt("byDistrict.find { it.districtCode == '350205' }.disabledChild");
        } while (disabled != disabledBefore + 1 && Instant.now().isBefore(deadline));
        assertEquals(disabledBefore + 1, disabled, "the corrected category moved the family between the counts");

        FamilyEvents.publish(familyId, FamilyEvents.familyClosed(UUID.randomUUID().toString(), familyId, "350205", "DISABLED_CHILD"));
        awaitFamilies(city, "350205", n -> n == before);
    }

    @Test
    void shouldSendAPoisonEventToTheDeadLetterTopicAndKeepConsuming() throws Exception {
        String city = Tokens.of("city");
        int before = families(city, "350213");
        String poisonKey = UUID.randomUUID().toString();
        FamilyEvents.publish(poisonKey, "{ this is not an event");
        String familyId = UUID.randomUUID().toString();
        FamilyEvents.publish(familyId, FamilyEvents.familyRegistered(UUID.randomUUID().toString(), familyId, "350213", "BEREAVED"));

        awaitFamilies(city, "350213", n -> n == before + 1);
        try (EventTap deadLetters = new EventTap("dead-letter-topic-family-events")) {
            assertFalse(deadLetters.awaitRecords(r -> poisonKey.equals(r.key()), Duration.ofSeconds(20)).isEmpty(),
                    "the poison event is parked on the dead-letter topic");
        }
        // and the supervision view says so: a city-wide alert naming where it lies and why, not what it said
        var alert = org.nuanxin.gateway.alerts.AlertsTestSupport.awaitAlert(a -> "DEAD_LETTER".equals(a.get("kind"))
                && String.valueOf(a.get("details")).startsWith("family.events → dead-letter-topic-family-events@"));
        assertEquals(null, alert.get("districtCode"));
        assertFalse(String.valueOf(alert.get("details")).contains("this is not an event"), "no event content in alerts");
    }

    @Test
    void shouldShowADistrictCoordinatorOnlyTheirDistrict() {
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/supervision/snapshot")
                .then().statusCode(200)
                .body("byDistrict.size()", equalTo(1))
                .body("byDistrict[0].districtName", equalTo("思明区"));
    }

    @Test
    void shouldRefuseHospitalsAndAnonymousCallers() {
        given().when().get("/api/supervision/snapshot")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/supervision/snapshot")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldTellTheSpaWhereToLogInWithoutAToken() {
        given().when().get("/api/config")
                .then().statusCode(200)
                .body("oidcClientId", equalTo("nuanxin-spa"))
                .body("oidcAuthority", equalTo(RealInfrastructure.shared().endpoints().oidcUrl()));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.nuanxin.carehome.family;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.awaitKnownFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.compliantSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.hold;
import static org.nuanxin.carehome.testing.CareHomeFixtures.join;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.registeredFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;

/** The family page's sites: the one that serves the family, where it is registered, where it last came. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilySitesResourceTest {

    private static final String HULI = "350206";

    private static String inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withHour(9).withMinute(30).withSecond(0)
                .withNano(0).toString();
    }

    private static void register(String activityId, String familyId, String expected) {
        given().auth().oauth2(Tokens.of("city")).when().put("/api/activities/" + activityId + "/registrations/" + familyId)
                .then().statusCode(200).body("status", equalTo(expected));
    }

    private static void attend(String activityId, String familyId) {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "walkIn", false))
                .when().post("/api/activities/" + activityId + "/attendance").then().statusCode(200);
    }

    @Test
    void shouldShowTheServingSiteFirstWithTheFamilysComingPlacesAndLastAttendances() {
        String serving = compliantSimingSite();
        String other = openSimingSite();
        String familyId = registeredFamily("350203", "鼓浪屿街道", "BEREAVED");
        String neighbour = registeredFamily("350203", "鼓浪屿街道", "BEREAVED");
        join(serving, familyId);
        // the neighbour is served by the other site, which also waits until the directory knows it
        join(other, neighbour);

        String lecture = schedule(serving, "LECTURE", 20, inDays(3));
        register(lecture, familyId, "REGISTERED");
        String cancelled = schedule(serving, "OUTING", 20, inDays(4));
        register(cancelled, familyId, "REGISTERED");
        given().auth().oauth2(Tokens.of("city")).when().delete("/api/activities/" + cancelled + "/registrations/" + familyId)
                .then().statusCode(204);
        String full = schedule(other, "FESTIVAL", 1, inDays(5));
        register(full, neighbour, "REGISTERED");
        register(full, familyId, "WAITLISTED");
        String past = schedule(other, "OUTING", 20, inDays(-2));
        register(past, familyId, "REGISTERED");
        attend(past, familyId);
        hold(past, "OUTING");

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + familyId + "/sites")
                .then().statusCode(200)
                .body("familyId", equalTo(familyId))
                .body("districtCode", equalTo("350203"))
                .body("sites", hasSize(2))
                .body("sites[0].siteId", equalTo(serving))
                .body("sites[0].servesFamily", equalTo(true))
                .body("sites[0].servedSince", notNullValue())
                .body("sites[0].districtCode", equalTo("350203"))
                .body("sites[0].districtName", equalTo("思明区"))
                .body("sites[0].meetsStandard", equalTo(true))
                .body("sites[0].upcoming", hasSize(1))
                .body("sites[0].upcoming[0].activityId", equalTo(lecture))
                .body("sites[0].upcoming[0].kind", equalTo("LECTURE"))
                .body("sites[0].upcoming[0].registration", equalTo("REGISTERED"))
                .body("sites[0].upcoming[0].waitlistPosition", nullValue())
                .body("sites[0].lastAttended", hasSize(0))
                .body("sites[1].siteId", equalTo(other))
                .body("sites[1].servesFamily", equalTo(false))
                .body("sites[1].servedSince", nullValue())
                // measured when the outing was held: no volunteers, no partners
                .body("sites[1].meetsStandard", equalTo(false))
                .body("sites[1].upcoming", hasSize(1))
                .body("sites[1].upcoming[0].activityId", equalTo(full))
                .body("sites[1].upcoming[0].registration", equalTo("WAITLISTED"))
                .body("sites[1].upcoming[0].waitlistPosition", equalTo(1))
                .body("sites[1].lastAttended", hasSize(1))
                .body("sites[1].lastAttended[0].activityId", equalTo(past))
                .body("sites[1].lastAttended[0].attendedAt", notNullValue());

        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/families/" + familyId + "/sites")
                .then().statusCode(200).body("sites", hasSize(2));
    }

    @Test
    void shouldAnswerAnotherDistrictsFamilyAsAbsentAndRefuseVolunteersAndHospitals() {
        String huliSite = openSite(HULI, "湖里街道");
        String familyId = registeredFamily(HULI, "湖里街道", "BEREAVED");
        awaitKnownFamily(openSimingSite(), familyId);
        join(huliSite, familyId);

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + familyId + "/sites")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString(familyId));
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/families/" + familyId + "/sites")
                .then().statusCode(200).body("sites[0].siteId", equalTo(huliSite))
                // a site just opened has neither volunteers nor partners
                .body("sites[0].meetsStandard", not(equalTo(true)));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/sites")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/families/" + familyId + "/sites").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/families/" + familyId + "/sites").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldShowNoSitesForAFamilyNoSiteKnowsOfAndHideItFromDistrictCoordinators() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of("city")).when().get("/api/families/" + unknown + "/sites")
                .then().statusCode(200).body("districtCode", nullValue()).body("sites", hasSize(0));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + unknown + "/sites")
                .then().statusCode(404).contentType(PROBLEM);
    }
}

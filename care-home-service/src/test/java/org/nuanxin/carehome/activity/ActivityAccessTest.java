package org.nuanxin.carehome.activity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.activeVolunteer;
import static org.nuanxin.carehome.testing.CareHomeFixtures.awaitKnownFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.registeredFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;

/**
 * Who runs what, step by step: a site's manager runs its activities but not the site; a coordinator of another
 * district finds nothing; an auditor only reads. Every refusal is problem+json.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ActivityAccessTest {

    private static final String IN_A_WEEK = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(7).withNano(0).toString();

    private static String simingFamily() {
        String family = registeredFamily("350203", "鼓浪屿街道", "BEREAVED");
        awaitKnownFamily(openSite("350206", "殿前街道"), family);
        return family;
    }

    private static ValidatableResponse register(String user, String activity, String family) {
        return given().auth().oauth2(Tokens.of(user))
                .when().put("/api/activities/" + activity + "/registrations/" + family).then();
    }

    private static ValidatableResponse rollCall(String user, String activity, String family) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("familyId", family, "walkIn", false))
                .when().post("/api/activities/" + activity + "/attendance").then();
    }

    private static ValidatableResponse hold(String user, String activity) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/activities/" + activity + "/held").then();
    }

    @Test
    void shouldLetASiteManagerRunEveryStepAtTheirSiteButNeitherAnotherSiteNorTheSiteItself() {
        String site = openSimingSite();
        String other = openSimingSite();
        String family = simingFamily();
        given().auth().oauth2(Tokens.of("siming")).when().put("/api/sites/" + site + "/managers/volunteer")
                .then().statusCode(201);

        String own = schedule(site, "LECTURE", 30, IN_A_WEEK);
        register("volunteer", own, family).statusCode(200).body("status", equalTo("REGISTERED"));
        rollCall("volunteer", own, family).statusCode(200);
        hold("volunteer", own).statusCode(200).body("status", equalTo("HELD"));

        String foreign = schedule(other, "LECTURE", 30, IN_A_WEEK);
        register("volunteer", foreign, family).statusCode(403).contentType(PROBLEM);
        rollCall("volunteer", foreign, family).statusCode(403).contentType(PROBLEM);
        hold("volunteer", foreign).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + foreign + "/registrations")
                .then().statusCode(403).contentType(PROBLEM);

        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("address", "龙头路 30 号", "openingHours", "周一至周六", "demonstrationLevel", "NONE"))
                .when().put("/api/sites/" + site).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/sites/" + site + "/volunteers/" + activeVolunteer())
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/sites/" + site + "/families/" + family)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/sites/" + site + "/managers/someone")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer404ToACoordinatorOfAnotherDistrictAtEveryStep() {
        String activity = schedule(openSimingSite(), "FESTIVAL", 30, IN_A_WEEK);
        String family = simingFamily();

        register("huli", activity, family).statusCode(404).contentType(PROBLEM);
        rollCall("huli", activity, family).statusCode(404).contentType(PROBLEM);
        hold("huli", activity).statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/activities/" + activity + "/registrations")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/activities/" + activity + "/photos")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).queryParam("districtCode", "350203").when().get("/api/activities")
                .then().statusCode(200).body("total", equalTo(0));
        register("siming", activity, family).statusCode(200);
    }

    @Test
    void shouldLetAuditorsReadButChangeNothing() {
        String site = openSimingSite();
        String activity = schedule(site, "OUTING", 20, IN_A_WEEK);
        String family = simingFamily();

        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/activities/" + activity + "/registrations")
                .then().statusCode(200);
        register("auditor", activity, family).statusCode(403).contentType(PROBLEM);
        hold("auditor", activity).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body(Map.of("siteId", site, "kind", "OUTING", "title", "植物园出游", "startsAt", IN_A_WEEK,
                        "endsAt", OffsetDateTime.parse(IN_A_WEEK).plusHours(6).toString(), "capacity", 20))
                .when().post("/api/activities").then().statusCode(403).contentType(PROBLEM);
    }
}

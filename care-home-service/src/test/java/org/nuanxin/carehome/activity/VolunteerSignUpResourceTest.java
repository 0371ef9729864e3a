package org.nuanxin.carehome.activity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.hold;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;

/** Volunteers see the schedule, sign up to help and see their own sign-ups; the site's runners see who signed up. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class VolunteerSignUpResourceTest {

    private static String inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withNano(0).toString();
    }

    private static String mySignUps(String query) {
        return "/api/volunteer-signups" + query;
    }

    @Test
    void shouldShowVolunteersTheScheduleOfEveryDistrict() {
        String siming = schedule(openSimingSite(), "LECTURE", 30, inDays(3));
        String huliSite = openSite("350206", "殿前街道");
        String huli = schedule(huliSite, "FREE_CLINIC", 30, inDays(4));

        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + huli)
                .then().statusCode(200).body("districtCode", equalTo("350206"));
        given().auth().oauth2(Tokens.of("volunteer")).queryParam("siteId", huliSite)
                .when().get("/api/activities")
                .then().statusCode(200).body("items.id", contains(huli));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + siming)
                .then().statusCode(200).body("kind", equalTo("LECTURE"));
    }

    @Test
    void shouldSignAVolunteerUpOnceListItAmongTheirOwnAndShowItToTheSitesCoordinators() {
        String activity = schedule(openSimingSite(), "OUTING", 20, inDays(5));

        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(204);

        given().auth().oauth2(Tokens.of("volunteer")).queryParam("size", 100).when().get(mySignUps(""))
                .then().statusCode(200)
                .body("items.activityId", hasItem(activity))
                .body("items.find { it.activityId == '" + activity + "' }.kind", equalTo("OUTING"));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/activities/" + activity)
                .then().statusCode(200).body("volunteers", equalTo(1));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/activities/" + activity + "/volunteers")
                .then().statusCode(200)
                .body("username", contains("volunteer"));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/activities/" + activity + "/volunteers")
                .then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheSignUpsFromTheGivenTimeOn() {
        String site = openSimingSite();
        String soon = schedule(site, "LECTURE", 30, inDays(10));
        String later = schedule(site, "LECTURE", 30, inDays(40));
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + soon + "/volunteers/me")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + later + "/volunteers/me")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.of("volunteer")).queryParam("from", inDays(20)).queryParam("size", 100)
                .when().get(mySignUps(""))
                .then().statusCode(200)
                .body("items.activityId", hasItem(later))
                .body("items.activityId", not(hasItem(soon)));
        given().auth().oauth2(Tokens.of("volunteer")).queryParam("size", 0).when().get(mySignUps(""))
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldWithdrawASignUpAndAnswer404ForOneThatIsNotThere() {
        String activity = schedule(openSimingSite(), "FESTIVAL", 60, inDays(6));
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.of("volunteer")).when().delete("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(204);
        given().auth().oauth2(Tokens.of("volunteer")).when().delete("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).queryParam("size", 100).when().get(mySignUps(""))
                .then().body("items.activityId", not(hasItem(activity)));
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + UUID.randomUUID() + "/volunteers/me")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseSignUpsToAnActivityThatStartedOrWasHeld() {
        String site = openSimingSite();
        String started = schedule(site, "LECTURE", 30, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString());
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + started + "/volunteers/me")
                .then().statusCode(409).contentType(PROBLEM);

        String held = schedule(site, "LECTURE", 30, inDays(2));
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/activities/" + held + "/volunteers/me")
                .then().statusCode(201);
        hold(held, "LECTURE");
        given().auth().oauth2(Tokens.of("volunteer")).when().delete("/api/activities/" + held + "/volunteers/me")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldLetOnlyVolunteersSignUpAndOnlyTheSitesRunnersSeeWhoDid() {
        String activity = schedule(openSimingSite(), "OUTING", 20, inDays(7));

        given().auth().oauth2(Tokens.of("siming")).when().put("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().put("/api/activities/" + activity + "/volunteers/me")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get(mySignUps(""))
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get(mySignUps("")).then().statusCode(401);

        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + activity + "/volunteers")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/activities/" + activity + "/volunteers")
                .then().statusCode(404).contentType(PROBLEM);
    }
}

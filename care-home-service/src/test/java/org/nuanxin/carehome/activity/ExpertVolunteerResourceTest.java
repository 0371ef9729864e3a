package org.nuanxin.carehome.activity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.attach;
import static org.nuanxin.carehome.testing.CareHomeFixtures.await;
import static org.nuanxin.carehome.testing.CareHomeFixtures.hold;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.registeredVolunteer;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;
import static org.nuanxin.carehome.testing.CareHomeFixtures.volunteerStatus;

/** Expert volunteers at free clinics: only active volunteers with a professional qualification volunteer-service published. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ExpertVolunteerResourceTest {

    private static final String IN_A_WEEK = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(7).withNano(0).toString();

    private static ValidatableResponse assign(String user, String activity, String volunteer) {
        return given().auth().oauth2(Tokens.of(user))
                .when().put("/api/activities/" + activity + "/expert-volunteers/" + volunteer).then();
    }

    /** Waits until the directory knows the volunteer as an expert: assigning stops being refused. */
    private static void awaitAssigned(String activity, String volunteer) {
        await("expert " + volunteer + " can be assigned",
                () -> assign("siming", activity, volunteer).extract().statusCode() == 201);
    }

    @Test
    void shouldAssignAnExpertVolunteerOnceAndShowItOnTheClinic() {
        String clinic = schedule(openSimingSite(), "FREE_CLINIC", 40, IN_A_WEEK);
        String counsellor = registeredVolunteer(List.of("心理咨询师"));

        awaitAssigned(clinic, counsellor);
        assign("siming", clinic, counsellor).statusCode(204);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + clinic)
                .then().statusCode(200).body("expertVolunteerIds", contains(counsellor));

        given().auth().oauth2(Tokens.of("siming"))
                .when().delete("/api/activities/" + clinic + "/expert-volunteers/" + counsellor)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.of("siming"))
                .when().delete("/api/activities/" + clinic + "/expert-volunteers/" + counsellor)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/activities/" + clinic)
                .then().body("expertVolunteerIds", empty());
    }

    @Test
    void shouldRefuseAVolunteerWithoutAQualificationOrNoLongerActive() {
        String clinic = schedule(openSimingSite(), "FREE_CLINIC", 40, IN_A_WEEK);
        String nurse = registeredVolunteer(List.of("护士执业证书"));
        String ordinary = registeredVolunteer(List.of());
        awaitAssigned(clinic, nurse);
        attach(openSimingSite(), ordinary);

        assign("siming", clinic, ordinary).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("volunteerId"));
        assign("siming", clinic, java.util.UUID.randomUUID().toString()).statusCode(400).contentType(PROBLEM);

        String later = schedule(openSimingSite(), "FREE_CLINIC", 40, IN_A_WEEK);
        volunteerStatus(nurse, "volunteer-suspended", "ACTIVE", "SUSPENDED");
        await("the suspension is known", () -> assign("siming", later, nurse).extract().statusCode() == 400);
        volunteerStatus(nurse, "volunteer-reinstated", "SUSPENDED", "ACTIVE");
        await("the reinstated nurse keeps her qualification",
                () -> assign("siming", later, nurse).extract().statusCode() == 201);
    }

    @Test
    void shouldAssignExpertsToOpenFreeClinicsOnlyAndOnlyByTheirRunners() {
        String site = openSimingSite();
        String lecture = schedule(site, "LECTURE", 40, IN_A_WEEK);
        String clinic = schedule(site, "FREE_CLINIC", 40, IN_A_WEEK);
        String doctor = registeredVolunteer(List.of("执业医师"));
        awaitAssigned(clinic, doctor);

        assign("siming", lecture, doctor).statusCode(409).contentType(PROBLEM);
        assign("huli", clinic, doctor).statusCode(404).contentType(PROBLEM);
        assign("volunteer", clinic, doctor).statusCode(403).contentType(PROBLEM);
        assign("auditor", clinic, doctor).statusCode(403).contentType(PROBLEM);

        String held = schedule(site, "FREE_CLINIC", 40, IN_A_WEEK);
        hold(held, "FREE_CLINIC");
        assign("siming", held, doctor).statusCode(409).contentType(PROBLEM);
    }
}

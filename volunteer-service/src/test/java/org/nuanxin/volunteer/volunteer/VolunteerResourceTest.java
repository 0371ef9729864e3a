package org.nuanxin.volunteer.volunteer;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.volunteer.volunteer.VolunteerFixtures.newPhone;
import static org.nuanxin.volunteer.volunteer.VolunteerFixtures.simingVolunteer;
import static org.nuanxin.volunteer.volunteer.VolunteerFixtures.uniqueName;
import static org.nuanxin.volunteer.volunteer.VolunteerFixtures.volunteer;
import static org.nuanxin.volunteer.volunteer.VolunteerFixtures.with;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class VolunteerResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRegisterAnApplicantWithAMaskedPhoneAndPublishItsEventWithoutThePhone() {
        String phone = newPhone();
        Map<String, Object> body = volunteer("林美玲", phone, "350203");

        String id = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/volunteers")
                .then().statusCode(201)
                .header("Location", containsString("/api/volunteers/"))
                .body("name", equalTo("林美玲"))
                .body("phoneMasked", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("districtName", equalTo("思明区"))
                .body("kind", equalTo("VOLUNTEER"))
                .body("status", equalTo("APPLICANT"))
                .body("skills", contains("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT"))
                .body("qualifications", contains("心理咨询师"))
                .body("dialects", contains("闽南话", "普通话"))
                .body(not(containsString(phone)))
                .extract().path("id");

        try (EventTap tap = new EventTap("volunteer.events")) {
            List<CloudEvent> events = tap.await(EventTap.about(id), Duration.ofSeconds(20));
            assertEquals(1, events.size(), "one volunteer-registered event keyed by the volunteer id");
            assertEquals("org.nuanxin.volunteer.volunteer-registered.v1", events.get(0).getType());
            String value = CloudEvents.data(events.get(0));
            assertTrue(value.contains("\"PSYCHOLOGICAL_SUPPORT\""), value);
            assertFalse(value.contains(phone), "events carry no phone numbers");
            assertFalse(value.contains("林美玲"), "events carry no names");
        }
    }

    @Test
    void shouldFindAVolunteerByFullPhoneNumber() {
        String phone = newPhone();
        String token = Tokens.of("city");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(volunteer("郑志强", phone, "350212"))
                .when().post("/api/volunteers").then().statusCode(201).extract().path("id");

        given().auth().oauth2(token).queryParam("q", phone)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void shouldRefuseAPhoneAlreadyInTheRegister() {
        String phone = newPhone();
        String token = Tokens.of("city");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(volunteer("黄丽华", phone, "350206"))
                .when().post("/api/volunteers").then().statusCode(201);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(volunteer("黄丽华", phone, "350211"))
                .when().post("/api/volunteers")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("phone"));
    }

    @Test
    void shouldNameThePhoneFieldWhenItIsNotAMobileNumber() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingVolunteer(), "phone", "0592-1234567"))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("violations.field", hasItem("phone"))
                .body("violations.message", hasItem("手机号须为 1 开头的 11 位数字"));
    }

    @Test
    void shouldNameTheSkillThatIsNotKnown() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingVolunteer(), "skills", List.of("FORTUNE_TELLING", "HOME_VISIT")))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("skills[0]"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRejectADistrictOutsideXiamen() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingVolunteer(), "districtCode", "350100"))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("districtCode"));
    }

    @Test
    void shouldRejectMoreThanTenQualifications() {
        List<String> eleven = List.of("心理咨询师", "社会工作师", "护士", "医师", "律师", "营养师", "康复治疗师",
                "养老护理员", "健康管理师", "婚姻家庭咨询师", "教师");
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingVolunteer(), "qualifications", eleven))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("qualifications"));
    }

    @Test
    void shouldNameEveryMissingFieldOfAnEmptyBody() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("phone"))
                .body("violations.field", hasItem("districtCode"))
                .body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("skills"));
    }

    @Test
    void shouldAnswerAnonymousCallsWith401Problem() {
        given().contentType(ContentType.JSON).body(simingVolunteer())
                .when().post("/api/volunteers")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        given().when().get("/api/volunteers")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void shouldForbidVolunteersToRegisterVolunteers() {
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(simingVolunteer())
                .when().post("/api/volunteers")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldForbidHospitalsToReadTheRegister() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/volunteers")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldKeepDistrictCoordinatorsInTheirOwnDistrict() {
        String huli = Tokens.of("huli");
        given().auth().oauth2(huli).contentType(ContentType.JSON).body(simingVolunteer())
                .when().post("/api/volunteers")
                .then().statusCode(403)
                .contentType(PROBLEM);

        String simingVolunteerId = given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(simingVolunteer())
                .when().post("/api/volunteers").then().statusCode(201).extract().path("id");

        given().auth().oauth2(huli).when().get("/api/volunteers/" + simingVolunteerId)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(huli).queryParam("size", 100).when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.districtCode", not(hasItem("350203")));
        given().auth().oauth2(huli).queryParam("districtCode", "350203").when().get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/volunteers/" + simingVolunteerId)
                .then().statusCode(200)
                .body("districtCode", equalTo("350203"));
    }

    @Test
    void shouldLetTheAuditorReadEveryDistrictButNotRegister() {
        String auditor = Tokens.of("auditor");
        String id = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(volunteer("吴建平", newPhone(), "350213"))
                .when().post("/api/volunteers").then().statusCode(201).extract().path("id");

        given().auth().oauth2(auditor).when().get("/api/volunteers/" + id).then().statusCode(200);
        given().auth().oauth2(auditor).contentType(ContentType.JSON).body(simingVolunteer())
                .when().post("/api/volunteers")
                .then().statusCode(403);
    }

    @Test
    void shouldPageTheListWithTotalsAndMaskedPhones() {
        String token = Tokens.of("city");
        String name = uniqueName();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(volunteer(name + i, newPhone(), "350211"))
                    .when().post("/api/volunteers").then().statusCode(201);
        }
        given().auth().oauth2(token).queryParam("q", name).queryParam("size", 2)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.phoneMasked", everyItem(org.hamcrest.Matchers.matchesPattern("139\\*{4}\\d{4}")))
                .body("items[0].name", equalTo(name + 2));
        given().auth().oauth2(token).queryParam("q", name).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].name", equalTo(name + 0))
                .body("total", equalTo(3));
    }

    @Test
    void shouldFilterBySkill() {
        String token = Tokens.of("city");
        String name = uniqueName();
        Map<String, Object> lawyer = with(volunteer(name + "律", newPhone(), "350205"), "skills", List.of("LEGAL"));
        Map<String, Object> nurse = with(volunteer(name + "护", newPhone(), "350205"), "skills", List.of("NURSING"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(lawyer)
                .when().post("/api/volunteers").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(nurse)
                .when().post("/api/volunteers").then().statusCode(201);

        given().auth().oauth2(token).queryParam("q", name).queryParam("skill", "LEGAL")
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].skills", contains("LEGAL"));
    }

    @Test
    void shouldRejectAnUnknownSkillFilterNamingTheParameter() {
        given().auth().oauth2(Tokens.of("city")).queryParam("skill", "JUGGLING")
                .when().get("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("skill"));
    }

    @Test
    void shouldRejectAPageSizeAboveTheLimitNamingTheParameter() {
        given().auth().oauth2(Tokens.of("city")).queryParam("size", 1000)
                .when().get("/api/volunteers")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
    }
}

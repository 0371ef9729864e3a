package org.nuanxin.family.remembrance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.family.area.CityCalendar;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.nuanxin.family.family.FamilyFixtures.simingFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RemembranceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = CityCalendar.today();

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static void addDate(String token, String familyId, LocalDate day, String label) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "CHILD_DEATH_ANNIVERSARY", "month", day.getMonthValue(), "day", day.getDayOfMonth(),
                        "label", label))
                .when().post("/api/families/" + familyId + "/remembrance-dates")
                .then().statusCode(201)
                .body("nextOccurrence", equalTo(day.toString()))
                .body("remindDaysBefore", equalTo(7));
    }

    @Test
    void shouldRemindCoordinatorsAWeekAheadOfAnAnniversary() {
        String siming = Tokens.of("siming");
        String soon = register(siming);
        String later = register(siming);
        addDate(siming, soon, TODAY.plusDays(3), "儿子小明的忌日");
        addDate(siming, later, TODAY.plusDays(30), "女儿的生日");

        given().auth().oauth2(siming).when().get("/api/outreach/remembrance-reminders")
                .then().statusCode(200)
                .body("familyId", hasItem(soon))
                .body("familyId", not(hasItem(later)))
                .body("find { it.familyId == '" + soon + "' }.daysUntil", equalTo(3))
                .body("find { it.familyId == '" + soon + "' }.label", equalTo("儿子小明的忌日"));
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/outreach/remembrance-reminders")
                .then().statusCode(200).body("familyId", not(hasItem(soon)));
    }

    @Test
    void shouldRefuseADayThatDoesNotExist() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("kind", "CHILD_BIRTHDAY", "month", 2, "day", 30))
                .when().post("/api/families/" + familyId + "/remembrance-dates")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("day"));
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("kind", "CHILD_BIRTHDAY", "month", 13, "day", 1))
                .when().post("/api/families/" + familyId + "/remembrance-dates")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("month"));
    }

    @Test
    void shouldShowBereavementDatesToCoordinatorsOfTheAreaOnly() {
        String siming = Tokens.of("siming");
        String familyId = register(siming);
        addDate(siming, familyId, TODAY.plusDays(100), "儿子小明的忌日");
        given().auth().oauth2(siming).when().get("/api/families/" + familyId + "/remembrance-dates")
                .then().statusCode(200).body("[0].label", equalTo("儿子小明的忌日"));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/families/" + familyId + "/remembrance-dates")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/outreach/remembrance-reminders")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/families/" + familyId + "/remembrance-dates")
                .then().statusCode(404).contentType(PROBLEM);
    }
}

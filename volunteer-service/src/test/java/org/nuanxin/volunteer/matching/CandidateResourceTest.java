package org.nuanxin.volunteer.matching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.testing.Families;
import org.nuanxin.volunteer.testing.People;
import org.nuanxin.volunteer.testing.Tasks;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.volunteer.testing.Tasks.day;

/** The members here live in 同安区, which the other tests leave nearly empty, at invented points near 同安. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class CandidateResourceTest {

    private static final String TONGAN = "350212";
    private static final double LAT = 24.73;
    private static final double LON = 118.15;

    private static String member(String name, List<String> skills, double latOffset, List<String> dialects) {
        Map<String, Object> body = People.body(name, TONGAN, skills);
        body.put("latitude", LAT + latOffset);
        body.put("longitude", LON);
        body.put("dialects", dialects);
        return People.active(body);
    }

    @Test
    void shouldRankByTheWeightedFitsAsDocumented() {
        String city = Tokens.of("city");
        String tag = "匹" + System.nanoTime() % 10000;
        String best = member(tag + "甲", List.of("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT"), 0.0, List.of("闽南话"));
        String farther = member(tag + "乙", List.of("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT"), 0.045, List.of("闽南话"));
        String noDialect = member(tag + "丙", List.of("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT"), 0.045, List.of("普通话"));
        String halfSkilled = member(tag + "丁", List.of("HOME_VISIT"), 0.0, List.of("闽南话"));
        String busy = member(tag + "戊", List.of("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT"), 0.0, List.of("闽南话"));
        String applicant = People.register(People.body(tag + "己", TONGAN, List.of("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT")));

        Map<String, Object> body = Tasks.body(Families.registered(TONGAN), "HOME_VISIT", day(10, 9), day(10, 11));
        body.put("requiredSkills", List.of("PSYCHOLOGICAL_SUPPORT"));
        body.put("latitude", LAT);
        body.put("longitude", LON);
        body.put("preferredDialect", "闽南话");
        String taskId = Tasks.create(city, body);
        // 戊 is already busy in the same window: not a candidate at all
        String clash = Tasks.create(city, Tasks.body(Families.registered(TONGAN), "HOME_VISIT", day(10, 10), day(10, 12)));
        Tasks.assign(city, clash, busy);

        JsonPath candidates = given().auth().oauth2(city).queryParam("limit", 50)
                .when().get("/api/tasks/" + taskId + "/candidates")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = candidates.getList("volunteerId");
        // 甲 0.9 (availability unknown: 0.5), 乙 5 km away 0.775, 丁 half the skills 0.725, 丙 5 km and no 闽南话 0.675
        List<String> ours = ids.stream().filter(List.of(best, farther, noDialect, halfSkilled)::contains).toList();
        assertEquals(List.of(best, farther, halfSkilled, noDialect), ours);
        assertFalse(ids.contains(busy), "double-booked members are not suggested");
        assertFalse(ids.contains(applicant), "only active members are suggested");
        Map<String, Object> top = candidates.getMap("find { it.volunteerId == '" + best + "' }");
        assertEquals(1.0f, ((Number) top.get("skillFit")).floatValue());
        assertEquals(0.0f, ((Number) top.get("distanceKm")).floatValue());
        assertTrue(((Number) top.get("score")).doubleValue() > 0.89);
    }

    @Test
    void shouldNotSuggestForAnotherDistrictsCoordinator() {
        String taskId = Tasks.create(Tokens.of("city"), Tasks.body(Families.registered(TONGAN), "ERRAND", day(11, 9), day(11, 10)));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/tasks/" + taskId + "/candidates")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/tasks/" + taskId + "/candidates")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).queryParam("limit", 500)
                .when().get("/api/tasks/" + taskId + "/candidates")
                .then().statusCode(400);
    }
}

package org.nuanxin.volunteer.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.volunteer.Volunteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Members of the corps for tests, registered and activated through the API. */
public final class People {

    /** The realm's demo volunteer account (district 350203). */
    public static final String DEMO_VOLUNTEER = "volunteer";

    private People() {
    }

    public static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static Map<String, Object> body(String name, String districtCode, List<String> skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("phone", newPhone());
        body.put("districtCode", districtCode);
        body.put("kind", "VOLUNTEER");
        body.put("skills", skills);
        body.put("dialects", List.of("闽南话", "普通话"));
        return body;
    }

    public static String register(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/volunteers").then().statusCode(201).extract().path("id");
    }

    public static void activate(String volunteerId) {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "reason", "完成岗前培训"))
                .when().post("/api/volunteers/" + volunteerId + "/status").then().statusCode(200);
    }

    /** A registered and active member. */
    public static String active(Map<String, Object> body) {
        String id = register(body);
        activate(id);
        return id;
    }

    public static String active(String districtCode, String... skills) {
        return active(body("测试志愿者", districtCode, List.of(skills)));
    }

    /**
     * Moves the demo login {@code volunteer} to a fresh active member of 思明区, so each test has a volunteer whose
     * calendar holds only that test's tasks.
     */
    public static String freshDemoVolunteer(String... skills) {
        String id = active(body("张敏", "350203", skills.length == 0 ? List.of("HOME_VISIT", "PHONE_CONTACT") : List.of(skills)));
        QuarkusTransaction.requiringNew().run(() ->
                Volunteer.update("username = null WHERE username = ?1", DEMO_VOLUNTEER));
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("username", DEMO_VOLUNTEER))
                .when().put("/api/volunteers/" + id + "/account").then().statusCode(200);
        return id;
    }
}

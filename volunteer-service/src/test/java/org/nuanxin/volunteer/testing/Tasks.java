package org.nuanxin.volunteer.testing;

import io.restassured.http.ContentType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Task bodies and shortcuts for tests. */
public final class Tasks {

    public static final ZoneOffset XIAMEN = ZoneOffset.ofHours(8);

    private Tasks() {
    }

    public static Map<String, Object> body(String familyId, String kind, OffsetDateTime start, OffsetDateTime end) {
        Map<String, Object> body = new HashMap<>();
        body.put("familyId", familyId);
        body.put("kind", kind);
        body.put("windowStart", start.toString());
        body.put("windowEnd", end.toString());
        body.put("place", "莲前街道前埔社区 3 号楼");
        body.put("instructions", "老人耳背，请大声说话");
        return body;
    }

    /** A window starting {@code daysAhead} days from now at {@code hour}:00 Xiamen time, two hours long. */
    public static OffsetDateTime day(int daysAhead, int hour) {
        return OffsetDateTime.now(XIAMEN).plusDays(daysAhead).withHour(hour).withMinute(0).withSecond(0).withNano(0);
    }

    public static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks").then().statusCode(201).extract().path("id");
    }

    public static void assign(String token, String taskId, String volunteerId) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("volunteerId", volunteerId))
                .when().post("/api/tasks/" + taskId + "/assignment").then().statusCode(200);
    }
}

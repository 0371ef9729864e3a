package org.nuanxin.volunteer.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.task.Task;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A task of the demo volunteer under way now, at a known place, for check-in, hours and report tests. */
public final class Visits {

    public static final double LAT = 24.4486;
    public static final double LON = 118.1327;

    private Visits() {
    }

    /** Creates a task whose window runs now, at (LAT, LON), assigned to the demo volunteer; returns its id. */
    public static String underWayNow(String familyId, String kind, String volunteerId) {
        String siming = Tokens.of("siming");
        OffsetDateTime now = OffsetDateTime.now(Tasks.XIAMEN);
        Map<String, Object> body = Tasks.body(familyId, kind, now.minusMinutes(10), now.plusHours(2));
        body.put("latitude", LAT);
        body.put("longitude", LON);
        String taskId = Tasks.create(siming, body);
        Tasks.assign(siming, taskId, volunteerId);
        return taskId;
    }

    public static String currentCode(String familyId) {
        return given().auth().oauth2(Tokens.of("siming")).when().get("/api/check-in-codes/" + familyId)
                .then().statusCode(200).extract().path("code");
    }

    public static void checkInWithCode(String volunteerToken, String taskId, String code) {
        given().auth().oauth2(volunteerToken).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/tasks/" + taskId + "/check-in").then().statusCode(200);
    }

    /** Moves the check-in back, as if the volunteer had been there that long (tests cannot wait for hours). */
    public static void checkedInAgo(String taskId, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> {
            Task task = Task.findById(UUID.fromString(taskId));
            task.checkedInAt = task.checkedInAt.minus(ago);
        });
    }
}

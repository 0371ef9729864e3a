package org.nuanxin.gateway.supervision;

import io.restassured.path.json.JsonPath;
import org.nuanxin.common.testing.Tokens;

import java.time.Instant;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Reads the supervision figures as a screen would, and waits for them to reach an expected value. */
public final class Figures {

    private Figures() {
    }

    public static JsonPath snapshot(String user) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/api/supervision/snapshot")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A figure of one district, e.g. {@code volunteers.active}. */
    public static String of(String district, String path) {
        return snapshot("city").getString("byDistrict.find { it.districtCode == '" + district + "' }." + path);
    }

    public static long count(String district, String path) {
        return Long.parseLong(of(district, path));
    }

    /** Waits up to 30 s for a district's figure to satisfy the expectation. */
    public static void await(String district, String path, Predicate<String> expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        String seen;
        while (!expected.test(seen = of(district, path))) {
            if (Instant.now().isAfter(deadline)) {
                fail(district + " " + path + " still " + seen);
            }
            pause(200);
        }
    }

    public static void awaitCount(String district, String path, long expected) {
        await(district, path, seen -> Long.parseLong(seen) == expected);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }
}

package org.nuanxin.insurance.enrolment;

import io.restassured.http.ContentType;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.testing.Tokens;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Test fixture: enrols a fresh person through the API, so each test has its own entitlement. */
public final class Insured {

    public record Person(String id, String identityNumber) {
    }

    private Insured() {
    }

    /** A valid identity number nobody else in the test run has. */
    public static String newIdentityNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "350203" + (1940 + random.nextInt(40)) + String.format("%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Enrolled with cover from {@code coveredFrom} (ISO date). */
    public static Person enrol(String coveredFrom) {
        for (int attempt = 0; ; attempt++) {
            String identityNumber = newIdentityNumber();
            var response = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                    .body(Map.of("familyId", UUID.randomUUID().toString(), "name", "王某某",
                            "identityNumber", identityNumber, "coveredFrom", coveredFrom))
                    .when().post("/api/enrolments");
            if (response.statusCode() == 409 && attempt < 5) {
                continue;
            }
            return new Person(response.then().statusCode(201).extract().path("id"), identityNumber);
        }
    }
}

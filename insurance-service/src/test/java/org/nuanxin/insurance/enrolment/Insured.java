package org.nuanxin.insurance.enrolment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.family.InsuredFamily;

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

    /** Enrolled with cover from {@code coveredFrom} (ISO date), in a family family-service has not reported. */
    public static Person enrol(String coveredFrom) {
        return enrol(UUID.randomUUID().toString(), coveredFrom);
    }

    /**
     * Enrolled with cover from {@code coveredFrom} in a bereaved family of the district, reported first on
     * family.events as family-service would: what a district coordinator of that district may reach.
     */
    public static Person enrolInDistrict(String districtCode, String coveredFrom) {
        return enrol(knownFamily(districtCode), coveredFrom);
    }

    /** A bereaved family of the district, registered on family.events and known to insurance-service; its id. */
    public static String knownFamily(String districtCode) {
        String familyId = UUID.randomUUID().toString();
        EventWriter.send("family.events", familyId, EventWriter.cloudEvent("family-service",
                "org.nuanxin.family.family-registered.v1", familyId, Map.of("familyId", familyId,
                        "category", "BEREAVED", "districtCode", districtCode, "memberCount", 0,
                        "registeredAt", "2025-02-10T02:00:00Z")));
        for (int i = 0; i < 100 && !known(familyId); i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!known(familyId)) {
            throw new AssertionError("insurance-service did not learn of family " + familyId + " from family.events");
        }
        return familyId;
    }

    private static boolean known(String familyId) {
        return QuarkusTransaction.requiringNew().call(() -> InsuredFamily.findById(UUID.fromString(familyId)) != null);
    }

    private static Person enrol(String familyId, String coveredFrom) {
        for (int attempt = 0; ; attempt++) {
            String identityNumber = newIdentityNumber();
            var response = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                    .body(Map.of("familyId", familyId, "name", "王某某",
                            "identityNumber", identityNumber, "coveredFrom", coveredFrom))
                    .when().post("/api/enrolments");
            if (response.statusCode() == 409 && attempt < 5) {
                continue;
            }
            return new Person(response.then().statusCode(201).extract().path("id"), identityNumber);
        }
    }
}

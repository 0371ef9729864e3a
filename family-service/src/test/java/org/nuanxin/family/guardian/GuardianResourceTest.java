package org.nuanxin.family.guardian;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.nuanxin.family.family.FamilyFixtures.simingFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class GuardianResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> guardian(String name, String relationship, String phone, boolean maySign, int priority) {
        return Map.of("name", name, "relationship", relationship, "phone", phone, "maySign", maySign, "priority", priority);
    }

    @Test
    void shouldListGuardiansInCallingOrderMaskedAndInClearOnlyInTheAuditedRecord() {
        String siming = Tokens.of("siming");
        String familyId = register(siming);
        given().auth().oauth2(siming).contentType(ContentType.JSON)
                .body(guardian("黄碧霞", "NEIGHBOUR", "13906008899", false, 2))
                .when().post("/api/families/" + familyId + "/guardians")
                .then().statusCode(201).body("phoneMasked", equalTo("139****8899"));
        given().auth().oauth2(siming).contentType(ContentType.JSON)
                .body(guardian("王明", "RELATIVE", "13806001122", true, 1))
                .when().post("/api/families/" + familyId + "/guardians").then().statusCode(201);

        given().auth().oauth2(siming).when().get("/api/families/" + familyId + "/guardians")
                .then().statusCode(200)
                .body("name", contains("王明", "黄碧霞"))
                .body("maySign", contains(true, false))
                .body("phoneMasked", contains("138****1122", "139****8899"));
        given().auth().oauth2(siming).queryParam("purpose", "老人住院，需联系可签字的亲属")
                .when().get("/api/families/" + familyId + "/full")
                .then().statusCode(200)
                .body("guardians.phone", contains("13806001122", "13906008899"));
    }

    @Test
    void shouldRefuseASecondGuardianWithTheSamePriority() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(guardian("王明", "RELATIVE", "13806001122", true, 1))
                .when().post("/api/families/" + familyId + "/guardians").then().statusCode(201);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(guardian("李娟", "RELATIVE", "13806003344", true, 1))
                .when().post("/api/families/" + familyId + "/guardians")
                .then().statusCode(409).contentType(PROBLEM).body("violations[0].field", equalTo("priority"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(guardian("李娟", "RELATIVE", "13806003344", true, 10))
                .when().post("/api/families/" + familyId + "/guardians")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("priority"));
    }

    @Test
    void shouldRemoveAGuardianOnlyOfTheFamilyItBelongsTo() {
        String city = Tokens.of("city");
        String familyId = register(city);
        String otherFamily = register(city);
        String guardianId = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(guardian("王明", "RELATIVE", "13806001122", true, 1))
                .when().post("/api/families/" + familyId + "/guardians").then().statusCode(201).extract().path("id");

        given().auth().oauth2(city).when().delete("/api/families/" + otherFamily + "/guardians/" + guardianId)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().delete("/api/families/" + familyId + "/guardians/" + guardianId)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(city).when().delete("/api/families/" + familyId + "/guardians/" + guardianId)
                .then().statusCode(204);
        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/guardians")
                .then().statusCode(200).body("size()", equalTo(0));
    }
}

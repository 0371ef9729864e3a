package org.nuanxin.family.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FullRecordTest {

    private static final String PROBLEM = "application/problem+json";

    private static String register(String token, String idNumber) {
        Map<String, Object> mother = Map.of("name", "许桂芳", "relation", "MOTHER", "idNumber", idNumber,
                "phone", "13860001234", "livingAlone", true, "healthConditions", List.of("糖尿病", "冠心病"),
                "disabilityLevel", "LEVEL_3");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(family("350203", "中华街道", mother))
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static int auditEntries(String token, String familyId) {
        return given().auth().oauth2(token).queryParam("familyId", familyId)
                .when().get("/api/access-audit").then().statusCode(200).extract().path("total");
    }

    @Test
    void shouldShowTheFullRecordToACoordinatorAndAuditTheRead() {
        String city = Tokens.of("city");
        String idNumber = newIdNumber();
        String familyId = register(city, idNumber);

        given().auth().oauth2(city).queryParam("purpose", "安排陪诊，需核对身份证")
                .when().get("/api/families/" + familyId + "/full")
                .then().statusCode(200)
                .body("members[0].idNumber", equalTo(idNumber))
                .body("members[0].phone", equalTo("13860001234"))
                .body("members[0].healthConditions", contains("糖尿病", "冠心病"))
                .body("members[0].disabilityLevel", equalTo("LEVEL_3"));

        given().auth().oauth2(Tokens.of("auditor")).queryParam("familyId", familyId)
                .when().get("/api/access-audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("city"))
                .body("items[0].purpose", equalTo("安排陪诊，需核对身份证"))
                .body("items[0].actorRoles", equalTo("city-coordinator"));
    }

    @Test
    void shouldRefuseAFullReadWithoutAPurposeAndWriteNothing() {
        String city = Tokens.of("city");
        String familyId = register(city, newIdNumber());
        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/full")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("purpose"));
        org.junit.jupiter.api.Assertions.assertEquals(0, auditEntries(city, familyId));
    }

    @Test
    void shouldGiveTheFullRecordOnlyToCoordinatorsOfTheFamilysArea() {
        String siming = Tokens.of("siming");
        String familyId = register(siming, newIdNumber());

        given().auth().oauth2(Tokens.of("huli")).queryParam("purpose", "核对")
                .when().get("/api/families/" + familyId + "/full")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).queryParam("purpose", "核对")
                .when().get("/api/families/" + familyId + "/full")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).queryParam("purpose", "核对")
                .when().get("/api/families/" + familyId + "/full")
                .then().statusCode(403).contentType(PROBLEM);
        org.junit.jupiter.api.Assertions.assertEquals(0, auditEntries(Tokens.of("city"), familyId),
                "refused reads leave no entry");

        given().auth().oauth2(siming).queryParam("purpose", "电话回访前核对号码")
                .when().get("/api/families/" + familyId + "/full").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(1, auditEntries(siming, familyId));
        given().auth().oauth2(Tokens.of("huli")).queryParam("familyId", familyId)
                .when().get("/api/access-audit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldNeverShowHealthOrFullIdentifiersInTheMaskedViews() {
        String city = Tokens.of("city");
        String idNumber = newIdNumber();
        String familyId = register(city, idNumber);
        String one = given().auth().oauth2(city).when().get("/api/families/" + familyId)
                .then().statusCode(200).extract().asString();
        String list = given().auth().oauth2(city).queryParam("q", idNumber)
                .when().get("/api/families").then().statusCode(200)
                .body("items.id", everyItem(equalTo(familyId))).extract().asString();
        for (String body : List.of(one, list)) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(idNumber), body);
            org.junit.jupiter.api.Assertions.assertFalse(body.contains("13860001234"), body);
            org.junit.jupiter.api.Assertions.assertFalse(body.contains("糖尿病"), body);
        }
    }

    @Test
    void shouldRejectAFamilyFilterThatIsNotAnId() {
        given().auth().oauth2(Tokens.of("city")).queryParam("familyId", "1 OR 1=1")
                .when().get("/api/access-audit")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyId"));
    }
}

package org.nuanxin.volunteer.expert;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ExpertResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> expert(String name, String institution, List<String> offers) {
        return Map.of("name", name, "institutionCode", institution, "specialty", "老年精神科", "title", "主任医师",
                "offers", offers);
    }

    @Test
    void shouldListTheElevenPartnerInstitutions() {
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/experts/institutions")
                .then().statusCode(200)
                .body("$", hasSize(11))
                .body("name", hasItem("厦门市仙岳医院"))
                .body("[0].name", equalTo("厦门大学附属第一医院"));
    }

    @Test
    void shouldAddAnExpertAndFindThemByWhatTheyOffer() {
        String name = "专家" + System.nanoTime() % 100000;
        String id = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(expert(name, "XM-XIANYUE", List.of("CONSULTATION", "LECTURE")))
                .when().post("/api/experts")
                .then().statusCode(201)
                .body("institutionName", equalTo("厦门市仙岳医院"))
                .body("offers", contains("LECTURE", "CONSULTATION"))
                .extract().path("id");

        given().auth().oauth2(Tokens.of("huli")).queryParam("q", name).queryParam("offer", "LECTURE")
                .when().get("/api/experts").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.of("huli")).queryParam("q", name).queryParam("offer", "FREE_CLINIC")
                .when().get("/api/experts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldNameAnInstitutionOutsideThePool() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(expert("李医生", "XM-NOWHERE", List.of("LECTURE")))
                .when().post("/api/experts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("institutionCode"));
    }

    @Test
    void shouldLeaveThePoolToCityCoordinators() {
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(expert("李医生", "XM-XIANYUE", List.of("LECTURE")))
                .when().post("/api/experts").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/experts").then().statusCode(403);
    }
}

package org.nuanxin.volunteer.team;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.testing.People;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class TeamResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/teams").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldBuildASiteTeamOfItsDistrictsMembers() {
        String siming = Tokens.of("siming");
        String teamId = create(siming, Map.of("name", "莲前暖心家园队" + System.nanoTime(), "districtCode", "350203",
                "siteName", "莲前街道暖心家园"));
        String member = People.active("350203", "HOME_VISIT");
        given().auth().oauth2(siming).when().put("/api/teams/" + teamId + "/members/" + member)
                .then().statusCode(200)
                .body("memberCount", equalTo(1))
                .body("members[0].volunteerId", equalTo(member));

        String huliMember = People.active("350206", "HOME_VISIT");
        given().auth().oauth2(Tokens.of("city")).when().put("/api/teams/" + teamId + "/members/" + huliMember)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("volunteerId"));

        given().auth().oauth2(siming).when().delete("/api/teams/" + teamId + "/members/" + member)
                .then().statusCode(200).body("memberCount", equalTo(0));
    }

    @Test
    void shouldLeaveCityWideTeamsToCityCoordinators() {
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(Map.of("name", "全市心理援助队"))
                .when().post("/api/teams").then().statusCode(403).contentType(PROBLEM);
        String teamId = create(Tokens.of("city"), Map.of("name", "全市心理援助队" + System.nanoTime()));
        String huliMember = People.active("350206", "PSYCHOLOGICAL_SUPPORT");
        given().auth().oauth2(Tokens.of("city")).when().put("/api/teams/" + teamId + "/members/" + huliMember)
                .then().statusCode(200).body("memberCount", equalTo(1));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/teams")
                .then().statusCode(200).body("id", hasItem(teamId));
    }

    @Test
    void shouldHideAnotherDistrictsTeams() {
        String teamId = create(Tokens.of("huli"), Map.of("name", "湖里暖心敬老餐厅队" + System.nanoTime(), "districtCode", "350206"));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/teams/" + teamId).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/teams").then().statusCode(200).body("id", not(hasItem(teamId)));
    }

    @Test
    void shouldRefuseASecondTeamOfTheSameName() {
        String name = "同名队" + System.nanoTime();
        create(Tokens.of("city"), Map.of("name", name));
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/teams").then().statusCode(409).contentType(PROBLEM)
                .body("violations[0].field", equalTo("name"));
    }
}

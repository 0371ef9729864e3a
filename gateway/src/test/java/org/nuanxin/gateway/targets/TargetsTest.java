package org.nuanxin.gateway.targets;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.gateway.supervision.Figures;
import org.nuanxin.gateway.supervision.Publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Responsibility targets: set by the city, seen per area, with progress that follows the live figures. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class TargetsTest {

    private static final String XIANGAN = "350213";
    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> target(String name, String indicator, String district, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "owner", "翔安区计生协 李主任", "indicator", indicator,
                "targetValue", value, "deadline", LocalDate.now().plusDays(60).toString()));
        if (district != null) {
            body.put("districtCode", district);
        }
        return body;
    }

    private static String create(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of("city")).contentType("application/json").body(body)
                .when().post("/api/supervision/targets").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldFollowTheLiveFiguresFromTheBaseline() {
        long families = Figures.count(XIANGAN, "families");
        String id = create(target("翔安新登记家庭", "FAMILIES", XIANGAN, families + 2));
        try {
            given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/targets/" + id)
                    .then().statusCode(200)
                    .body("baselineValue", equalTo((float) families))
                    .body("progressPercent", equalTo(0.0f))
                    .body("status", anyOf(equalTo("AT_RISK"), equalTo("ON_TRACK")))
                    .body("unit", equalTo("户"));
            Publish.family(XIANGAN, "BEREAVED", 2);
            Figures.awaitCount(XIANGAN, "families", families + 1);
            given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/targets/" + id)
                    .then().statusCode(200).body("progressPercent", equalTo(50.0f))
                    .body("currentValue", equalTo((float) families + 1));
        } finally {
            given().auth().oauth2(Tokens.of("city")).when().delete("/api/supervision/targets/" + id).then().statusCode(204);
        }
    }

    @Test
    void shouldShowEachAreaItsOwnTargetsOnly() {
        String xiangan = create(target("翔安联系人全覆盖", "LIAISON_COVERAGE", XIANGAN, 100));
        String city = create(target("全市联系人全覆盖", "LIAISON_COVERAGE", null, 100));
        try {
            given().auth().oauth2(Tokens.of("siming")).when().get("/api/supervision/targets")
                    .then().statusCode(200).body("id", not(hasItem(xiangan))).body("id", not(hasItem(city)));
            given().auth().oauth2(Tokens.of("siming")).when().get("/api/supervision/targets/" + xiangan)
                    .then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(Tokens.of("auditor")).when().get("/api/supervision/targets")
                    .then().statusCode(200).body("id", hasItem(xiangan)).body("id", hasItem(city));
            given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/supervision/targets")
                    .then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(Tokens.of("siming")).contentType("application/json")
                    .body(target("思明", "FAMILIES", "350203", 10))
                    .when().post("/api/supervision/targets").then().statusCode(403).contentType(PROBLEM);
        } finally {
            given().auth().oauth2(Tokens.of("city")).when().delete("/api/supervision/targets/" + xiangan).then().statusCode(204);
            given().auth().oauth2(Tokens.of("city")).when().delete("/api/supervision/targets/" + city).then().statusCode(204);
        }
    }

    @Test
    void shouldRefuseInvalidTargetsNamingTheField() {
        bad(target("", "FAMILIES", null, 10), "name");
        bad(target("覆盖率", "LIAISON_COVERAGE", null, 120), "targetValue");
        bad(target("覆盖率", "LIAISON_COVERAGE", "999999", 90), "districtCode");
        bad(target("覆盖率", "NO_SUCH_INDICATOR", null, 90), "indicator");
        bad(target("覆盖率", "LIAISON_COVERAGE", null, -1), "targetValue");
        String id = create(target("覆盖率", "LIAISON_COVERAGE", null, 90));
        try {
            given().auth().oauth2(Tokens.of("city")).contentType("application/json")
                    .body(target("覆盖率", "FAMILIES", null, 90))
                    .when().put("/api/supervision/targets/" + id)
                    .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("indicator"));
            given().auth().oauth2(Tokens.of("city")).contentType("application/json")
                    .body(target("联系人覆盖率", "LIAISON_COVERAGE", null, 95))
                    .when().put("/api/supervision/targets/" + id)
                    .then().statusCode(200).body("name", equalTo("联系人覆盖率")).body("targetValue", equalTo(95.0f));
        } finally {
            given().auth().oauth2(Tokens.of("city")).when().delete("/api/supervision/targets/" + id).then().statusCode(204);
        }
    }

    @Test
    void shouldKeepTheCityToSevenTargets() {
        List<String> created = new ArrayList<>();
        try {
            int existing = given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/targets")
                    .then().statusCode(200).extract().jsonPath().getList("id").size();
            for (int i = existing; i < 7; i++) {
                created.add(create(target("目标" + i, "ACTIVE_VOLUNTEERS", null, 100 + i)));
            }
            given().auth().oauth2(Tokens.of("city")).contentType("application/json")
                    .body(target("第八个", "ACTIVE_VOLUNTEERS", null, 100))
                    .when().post("/api/supervision/targets").then().statusCode(409).contentType(PROBLEM);
            assertEquals(7, given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/targets")
                    .then().extract().jsonPath().getList("id").size());
        } finally {
            created.forEach(id -> given().auth().oauth2(Tokens.of("city")).when().delete("/api/supervision/targets/" + id));
        }
    }

    private static void bad(Map<String, Object> body, String field) {
        given().auth().oauth2(Tokens.of("city")).contentType("application/json").body(body)
                .when().post("/api/supervision/targets")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field));
    }
}

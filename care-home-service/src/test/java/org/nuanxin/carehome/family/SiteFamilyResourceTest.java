package org.nuanxin.carehome.family;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.await;
import static org.nuanxin.carehome.testing.CareHomeFixtures.awaitKnownFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.familyClosed;
import static org.nuanxin.carehome.testing.CareHomeFixtures.join;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.registeredFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SiteFamilyResourceTest {

    private static final String XIANGAN = "350213";

    private static Map<String, Object> xianganCoverage() {
        JsonPath coverage = given().auth().oauth2(Tokens.of("city")).when().get("/api/site-coverage")
                .then().statusCode(200).extract().jsonPath();
        return coverage.getMap("districts.find { it.districtCode == '" + XIANGAN + "' }");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @Test
    void shouldCountOnlyActiveBereavedFamiliesServedBySitesTowardsCoverage() {
        String siteId = openSite(XIANGAN, "马巷街道");
        String first = registeredFamily(XIANGAN, "马巷街道", "BEREAVED");
        String second = registeredFamily(XIANGAN, "马巷街道", "BEREAVED");
        String disabled = registeredFamily(XIANGAN, "马巷街道", "DISABLED_CHILD");
        String unserved = registeredFamily(XIANGAN, "新店街道", "BEREAVED");
        awaitKnownFamily(openSimingSite(), unserved);
        Map<String, Object> before = xianganCoverage();

        join(siteId, first);
        join(siteId, second);
        join(siteId, disabled);
        Map<String, Object> after = xianganCoverage();
        assertEquals(number(before, "bereavedFamilies"), number(after, "bereavedFamilies"));
        assertEquals(number(before, "served") + 2, number(after, "served"),
                "the disabled-child family is served but the goal counts bereaved families");

        familyClosed(second, XIANGAN, "BEREAVED");
        await("the closed family leaves the coverage", () -> number(xianganCoverage(), "bereavedFamilies")
                == number(before, "bereavedFamilies") - 1);
        assertEquals(number(before, "served") + 1, number(xianganCoverage(), "served"));
    }

    @Test
    void shouldShowTheGoalAndTheDistrictCoordinatorsOwnDistrictOnly() {
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/site-coverage")
                .then().statusCode(200)
                .body("goalPercent", equalTo(100))
                .body("districts", hasSize(1))
                .body("districts[0].districtName", equalTo("湖里区"));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/site-coverage")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldTakeAClosedFamilyOffItsSiteAndPublishIt() {
        String siteId = openSimingSite();
        String family = registeredFamily("350203", "鼓浪屿街道", "BEREAVED");
        join(siteId, family);
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/sites/" + siteId + "/families")
                .then().statusCode(200)
                .body("familyId", contains(family))
                .body("[0].category", equalTo("BEREAVED"));

        familyClosed(family, "350203", "BEREAVED");
        await("the family is off the site", () -> given().auth().oauth2(Tokens.of("city"))
                .when().get("/api/sites/" + siteId + "/families").then().extract().jsonPath()
                .getList("familyId").isEmpty());
        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> joined = tap.await(EventTap.of("org.nuanxin.carehome.family-joined-site.v1", siteId),
                    Duration.ofSeconds(20));
            assertEquals(family, CloudEvents.json(joined.get(0)).get("familyId").asText());
            List<CloudEvent> left = tap.await(EventTap.of("org.nuanxin.carehome.family-left-site.v1", siteId),
                    Duration.ofSeconds(20));
            assertEquals("FAMILY_CLOSED", CloudEvents.json(left.get(0)).get("reason").asText());
        }
    }

    @Test
    void shouldRefuseAFamilyOfAnotherDistrictOrAlreadyServedElsewhere() {
        String siteId = openSimingSite();
        String other = openSimingSite();
        String huliFamily = registeredFamily("350206", "殿前街道", "BEREAVED");
        awaitKnownFamily(siteId, huliFamily);
        given().auth().oauth2(Tokens.of("city")).when().put("/api/sites/" + siteId + "/families/" + huliFamily)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].message", equalTo("家庭不在本站点所在的区"));

        String family = registeredFamily("350203", "鼓浪屿街道", "BEREAVED");
        join(siteId, family);
        given().auth().oauth2(Tokens.of("city")).when().put("/api/sites/" + siteId + "/families/" + family)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.of("city")).when().put("/api/sites/" + other + "/families/" + family)
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/sites/" + siteId + "/families")
                .then().statusCode(403).contentType(PROBLEM);

        given().auth().oauth2(Tokens.of("siming")).when().delete("/api/sites/" + siteId + "/families/" + family)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.of("city")).when().put("/api/sites/" + other + "/families/" + family)
                .then().statusCode(201);
    }
}

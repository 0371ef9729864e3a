package org.nuanxin.carehome.site;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.carehome.site.SiteFixtures.huliSite;
import static org.nuanxin.carehome.site.SiteFixtures.simingSite;
import static org.nuanxin.carehome.site.SiteFixtures.site;
import static org.nuanxin.carehome.site.SiteFixtures.uniqueName;
import static org.nuanxin.carehome.site.SiteFixtures.with;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SiteResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldOpenASiteAndPublishItsEvent() {
        String name = uniqueName("鼓浪屿");

        String id = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(site(name, "350203", "鼓浪屿街道"))
                .when().post("/api/sites")
                .then().statusCode(201)
                .header("Location", containsString("/api/sites/"))
                .body("name", equalTo(name))
                .body("districtName", equalTo("思明区"))
                .body("street", equalTo("鼓浪屿街道"))
                .body("featuredPractice", equalTo("三三制"))
                .body("demonstrationLevel", equalTo("STREET"))
                .body("latitude", equalTo(24.4474f))
                .extract().path("id");

        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> events = tap.await(EventTap.about(id), Duration.ofSeconds(20));
            assertEquals(1, events.size(), "one site-opened event keyed by the site id");
            assertEquals("org.nuanxin.carehome.site-opened.v1", events.get(0).getType());
            assertEquals(name, CloudEvents.json(events.get(0)).get("name").asText());
        }
    }

    @Test
    void shouldOpenASiteWithoutFeaturedPracticeOrPosition() {
        Map<String, Object> body = with(with(with(simingSite(), "featuredPractice", null), "latitude", null),
                "longitude", null);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/sites")
                .then().statusCode(201)
                .body("featuredPractice", nullValue())
                .body("latitude", nullValue());
    }

    @Test
    void shouldRefuseASecondSiteOfTheSameName() {
        String token = Tokens.of("city");
        Map<String, Object> body = simingSite();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/sites").then().statusCode(201);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(with(with(body, "districtCode", "350206"), "street", "殿前街道"))
                .when().post("/api/sites")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void shouldNameALatitudeOutOfRange() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingSite(), "latitude", 124.45))
                .when().post("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("latitude"))
                .body("violations.message", hasItem("纬度须在 -90 到 90 之间"));
    }

    @Test
    void shouldNameALongitudeOutOfRange() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingSite(), "longitude", -181))
                .when().post("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("longitude"));
    }

    @Test
    void shouldRequireBothCoordinatesOrNeither() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingSite(), "longitude", null))
                .when().post("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("longitude"));
    }

    @Test
    void shouldRejectAStreetOfAnotherDistrict() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingSite(), "street", "殿前街道"))
                .when().post("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("street"));
    }

    @Test
    void shouldNameAnUnknownDemonstrationLevel() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(with(simingSite(), "demonstrationLevel", "NATIONAL"))
                .when().post("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("demonstrationLevel"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldNameEveryMissingFieldOfAnEmptyBody() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItems("name", "districtCode", "street", "address", "openingHours",
                        "demonstrationLevel"));
    }

    @Test
    void shouldAnswerAnonymousCallsWith401Problem() {
        given().contentType(ContentType.JSON).body(simingSite())
                .when().post("/api/sites")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/sites")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void shouldLetOnlyTheCityCoordinatorOpenSites() {
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(simingSite())
                .when().post("/api/sites")
                .then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(simingSite())
                .when().post("/api/sites")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldKeepHospitalsOutOfTheSiteList() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/sites")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldShowDistrictCoordinatorsTheirOwnDistrictOnly() {
        String city = Tokens.of("city");
        String simingId = given().auth().oauth2(city).contentType(ContentType.JSON).body(simingSite())
                .when().post("/api/sites").then().statusCode(201).extract().path("id");
        String huliId = given().auth().oauth2(city).contentType(ContentType.JSON).body(huliSite())
                .when().post("/api/sites").then().statusCode(201).extract().path("id");

        String huli = Tokens.of("huli");
        given().auth().oauth2(huli).queryParam("size", 100).when().get("/api/sites")
                .then().statusCode(200)
                .body("items.districtCode", everyItem(equalTo("350206")))
                .body("items.id", hasItem(huliId));
        given().auth().oauth2(huli).when().get("/api/sites/" + simingId)
                .then().statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(huli).when().get("/api/sites/" + huliId)
                .then().statusCode(200)
                .body("featuredPractice", equalTo("暖心敬老餐厅"));
    }

    @Test
    void shouldShowVolunteersAndAuditorsEverySite() {
        String city = Tokens.of("city");
        String simingId = given().auth().oauth2(city).contentType(ContentType.JSON).body(simingSite())
                .when().post("/api/sites").then().statusCode(201).extract().path("id");
        String huliId = given().auth().oauth2(city).contentType(ContentType.JSON).body(huliSite())
                .when().post("/api/sites").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/sites/" + huliId).then().statusCode(200);
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/sites/" + simingId).then().statusCode(200);
    }

    @Test
    void shouldPageTheListWithTotals() {
        String token = Tokens.of("city");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(site(uniqueName("集美"), "350211", "集美街道"))
                    .when().post("/api/sites").then().statusCode(201);
        }
        given().auth().oauth2(token).queryParam("districtCode", "350211").queryParam("size", 2)
                .when().get("/api/sites")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(3))
                .body("items.districtName", everyItem(equalTo("集美区")));
    }

    @Test
    void shouldAnswerAnUnknownSiteWith404Problem() {
        given().auth().oauth2(Tokens.of("city")).when().get("/api/sites/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void shouldRejectAPageSizeAboveTheLimitNamingTheParameter() {
        given().auth().oauth2(Tokens.of("city")).queryParam("size", 1000)
                .when().get("/api/sites")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldLetTheDistrictCoordinatorUpdateTheSiteAndPublishIt() {
        String id = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(simingSite())
                .when().post("/api/sites").then().statusCode(201).extract().path("id");
        Map<String, Object> update = Map.of("address", "鼓浪屿龙头路 30 号", "openingHours", "周一至周六 8:30-17:30",
                "featuredPractice", "三三制", "demonstrationLevel", "DISTRICT");

        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(update)
                .when().put("/api/sites/" + id)
                .then().statusCode(200)
                .body("demonstrationLevel", equalTo("DISTRICT"))
                .body("address", equalTo("鼓浪屿龙头路 30 号"))
                .body("latitude", nullValue());
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON).body(update)
                .when().put("/api/sites/" + id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(update)
                .when().put("/api/sites/" + id).then().statusCode(403).contentType(PROBLEM);

        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> updated = tap.await(EventTap.of("org.nuanxin.carehome.site-updated.v1", id),
                    Duration.ofSeconds(20));
            assertEquals(1, updated.size());
            assertEquals("DISTRICT", CloudEvents.json(updated.get(0)).get("demonstrationLevel").asText());
        }
    }
}

package org.nuanxin.family.family;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.member;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;
import static org.nuanxin.family.family.FamilyFixtures.simingFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRegisterAFamilyWithMaskedIdentifiersAndPublishItsEvent() {
        String idNumber = newIdNumber();
        Map<String, Object> body = family("350203", "鼓浪屿街道", member("王秀英", "MOTHER", idNumber));

        String id = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/families")
                .then().statusCode(201)
                .header("Location", containsString("/api/families/"))
                .body("districtName", equalTo("思明区"))
                .body("status", equalTo("ACTIVE"))
                .body("members[0].idNumberMasked", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("members[0].phoneMasked", equalTo("139****2345"))
                .body("members[0].birthDate", notNullValue())
                .body(not(containsString(idNumber)))
                .extract().path("id");

        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(EventTap.of("org.nuanxin.family.family-registered.v1", id),
                    Duration.ofSeconds(20));
            assertEquals(1, events.size(), "one family-registered event keyed by the family id");
            CloudEvent event = events.get(0);
            assertEquals(SpecVersion.V1, event.getSpecVersion());
            assertEquals("org.nuanxin.family.family-registered.v1", event.getType());
            assertEquals(URI.create("/nuanxin/family-service"), event.getSource());
            assertEquals(id, event.getSubject());
            assertEquals("application/json", event.getDataContentType());
            assertTrue(CloudEvents.data(event).contains("\"districtCode\":\"350203\""), CloudEvents.data(event));
            assertFalse(CloudEvents.data(event).contains(idNumber), "events carry no identity numbers");
        }
    }

    @Test
    void shouldNameTheMemberFieldWhoseIdentityNumberIsInvalid() {
        String first17 = newIdNumber().substring(0, 17);
        char wrong = first17.endsWith("0") ? '1' : '0';
        String badCheck = first17 + (org.nuanxin.common.pii.ResidentIdNumber.checkCharacter(first17) == wrong ? 'X' : wrong);

        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(family("350203", "鼓浪屿街道", member("王秀英", "MOTHER", newIdNumber()), member("李建国", "FATHER", badCheck)))
                .when().post("/api/families")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("violations.field", hasItem("members[1].idNumber"))
                .body("violations.message", hasItem("身份证号校验位错误"));
    }

    @Test
    void shouldNameEveryMissingFieldOfAnEmptyBody() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/families")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("category"))
                .body("violations.field", hasItem("districtCode"))
                .body("violations.field", hasItem("members"));
    }

    @Test
    void shouldNameTheFieldOfAValueOfTheWrongType() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body("{\"category\":\"ORPHANED\",\"districtCode\":\"350203\",\"members\":[]}")
                .when().post("/api/families")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("category"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldAnswerBrokenJsonWithAProblemAndNoStackTrace() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body("{\"category\": ")
                .when().post("/api/families")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("请求参数无效"))
                .body(not(containsString("at org.")));
    }

    @Test
    void shouldRejectAStreetOfAnotherDistrict() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(family("350203", "殿前街道", member("王秀英", "MOTHER", newIdNumber())))
                .when().post("/api/families")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("street"));
    }

    @Test
    void shouldRefuseAnIdentityNumberAlreadyInTheRegistryWithoutPublishing() {
        String shared = newIdNumber();
        String token = Tokens.of("city");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(family("350203", "鼓浪屿街道", member("王秀英", "MOTHER", shared)))
                .when().post("/api/families").then().statusCode(201);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(family("350206", "殿前街道", member("王秀英", "MOTHER", shared)))
                .when().post("/api/families")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("members[0].idNumber"));

        given().auth().oauth2(token).queryParam("q", shared).queryParam("size", 100)
                .when().get("/api/families")
                .then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void shouldAnswerAnonymousCallsWith401Problem() {
        given().contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void shouldRejectATamperedToken() {
        String token = Tokens.of("city");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered).when().get("/api/families")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldForbidVolunteersToRegisterFamilies() {
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldKeepDistrictCoordinatorsInTheirOwnDistrict() {
        String huli = Tokens.of("huli");
        given().auth().oauth2(huli).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families")
                .then().statusCode(403);

        String simingFamilyId = given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(simingFamily())
                .when().post("/api/families").then().statusCode(201).extract().path("id");

        given().auth().oauth2(huli).when().get("/api/families/" + simingFamilyId)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(huli).queryParam("size", 100).when().get("/api/families")
                .then().statusCode(200)
                .body("items.districtCode", not(hasItem("350203")));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + simingFamilyId)
                .then().statusCode(200);
    }

    @Test
    void shouldPageTheListWithTotalsAndMaskedIdentifiers() {
        String token = Tokens.of("city");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(simingFamily())
                    .when().post("/api/families").then().statusCode(201);
        }
        given().auth().oauth2(token).queryParam("size", 2).queryParam("districtCode", "350203")
                .when().get("/api/families")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("items[0].headIdNumberMasked", matchesPattern("\\d{6}\\*{8}[0-9X]{4}"))
                .body("items[0].headPhoneMasked", equalTo("139****2345"));
    }

    @Test
    void shouldRejectAPageSizeAboveTheLimitNamingTheParameter() {
        given().auth().oauth2(Tokens.of("city")).queryParam("size", 1000)
                .when().get("/api/families")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldListTheSixDistrictsWithTheirStreets() {
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/areas")
                .then().statusCode(200)
                .body("size()", equalTo(6))
                .body("name", hasItem("翔安区"))
                .body("find { it.code == '350203' }.streets", hasItem("鼓浪屿街道"));
    }
}

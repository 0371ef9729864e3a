package org.nuanxin.carehome.doublehundred;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.hold;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;

/** Uses the years 2031 and 2032, which no other test touches, so the counts are exact. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DoubleHundredResourceTest {

    @Test
    void shouldCountHeldLecturesAndClinicsPerYearInXiamenTimeCityWideAndPerDistrict() {
        String haicang = openSite("350205", "海沧街道");
        String tongan = openSite("350212", "大同街道");
        hold(schedule(haicang, "LECTURE", 30, "2031-03-01T09:30:00+08:00"), "LECTURE");
        hold(schedule(haicang, "LECTURE", 30, "2031-12-31T23:00:00+08:00"), "LECTURE");
        hold(schedule(tongan, "FREE_CLINIC", 30, "2031-06-01T09:30:00+08:00"), "FREE_CLINIC");
        hold(schedule(tongan, "OUTING", 30, "2031-06-02T09:30:00+08:00"), "OUTING");
        schedule(haicang, "LECTURE", 30, "2031-07-01T09:30:00+08:00");
        // 00:30 on New Year's Day in Xiamen is still 2031 in UTC: it counts for 2032
        hold(schedule(haicang, "LECTURE", 30, "2032-01-01T00:30:00+08:00"), "LECTURE");

        given().auth().oauth2(Tokens.of("city")).queryParam("year", 2031).when().get("/api/double-hundred")
                .then().statusCode(200)
                .body("lectureGoal", equalTo(100))
                .body("clinicGoal", equalTo(100))
                .body("lectures", equalTo(2))
                .body("clinics", equalTo(1))
                .body("districts", hasSize(6))
                .body("districts.find { it.districtCode == '350205' }.lectures", equalTo(2))
                .body("districts.find { it.districtCode == '350212' }.clinics", equalTo(1))
                .body("districts.find { it.districtCode == '350212' }.lectures", equalTo(0));
        given().auth().oauth2(Tokens.of("auditor")).queryParam("year", 2032).when().get("/api/double-hundred")
                .then().statusCode(200).body("lectures", equalTo(1)).body("clinics", equalTo(0));
    }

    @Test
    void shouldShowADistrictCoordinatorTheirDistrictOnly() {
        given().auth().oauth2(Tokens.of("huli")).queryParam("year", 2031).when().get("/api/double-hundred")
                .then().statusCode(200)
                .body("districts", hasSize(1))
                .body("districts[0].districtCode", equalTo("350206"))
                .body("lectures", equalTo(0));
    }

    @Test
    void shouldRejectAYearOutOfRange() {
        given().auth().oauth2(Tokens.of("city")).queryParam("year", 1999).when().get("/api/double-hundred")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("year"));
    }
}

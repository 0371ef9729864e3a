package org.nuanxin.carehome.standards;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.carehome.testing.CareHomeFixtures.CITY;
import static org.nuanxin.carehome.testing.CareHomeFixtures.activeVolunteer;
import static org.nuanxin.carehome.testing.CareHomeFixtures.addSocialOrganisations;
import static org.nuanxin.carehome.testing.CareHomeFixtures.attach;
import static org.nuanxin.carehome.testing.CareHomeFixtures.compliantSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.heldAt;
import static org.nuanxin.carehome.testing.CareHomeFixtures.heldLastMonth;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;

/**
 * The scheduled re-check, driven by calling it for the day a test needs (the schedule itself is off in tests): what
 * changes with the calendar alone is published once, and a site another instance is measuring is left to it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class StandardsRecheckTest {

    private static final String MET = "org.nuanxin.carehome.standard-met.v1";
    private static final String BREACHED = "org.nuanxin.carehome.standard-breached.v1";

    @Inject
    StandardsRecheck recheck;

    @Inject
    AgroalDataSource dataSource;

    private static boolean compliant(String siteId) {
        return given().auth().oauth2(Tokens.of("city")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200).extract().path("compliant");
    }

    private static List<String> standardEvents(String siteId, int atLeast) {
        try (EventTap tap = new EventTap("carehome.events")) {
            tap.await(event -> event.getSubject().equals(siteId) && event.getType().startsWith(
                    "org.nuanxin.carehome.standard-"), atLeast, Duration.ofSeconds(20));
            return tap.collect(event -> event.getSubject().equals(siteId)
                            && event.getType().startsWith("org.nuanxin.carehome.standard-"), Duration.ofSeconds(1))
                    .stream().map(CloudEvent::getType).toList();
        }
    }

    @Test
    void shouldBreachOnceWhenAPartnerAgreementEndsOvernight() {
        String siteId = openSimingSite();
        LocalDate today = LocalDate.now(CITY);
        addSocialOrganisations(siteId, 4);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body("{\"name\":\"今天到期的社会组织\",\"kind\":\"SOCIAL_ORGANISATION\",\"agreement\":\"助老\","
                        + "\"agreementFrom\":\"2025-01-01\",\"agreementUntil\":\"" + today + "\"}")
                .when().post("/api/sites/" + siteId + "/partners").then().statusCode(201);
        heldLastMonth(siteId, 2);
        for (int i = 0; i < 10; i++) {
            attach(siteId, activeVolunteer());
        }
        assertTrue(compliant(siteId));

        assertFalse(recheck.recheck(today).contains(UUID.fromString(siteId)), "nothing changed today");
        assertTrue(recheck.recheck(today.plusDays(1)).contains(UUID.fromString(siteId)), "the agreement ended");
        assertFalse(recheck.recheck(today.plusDays(1)).contains(UUID.fromString(siteId)), "breached already");

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200)
                .body("partnerOrganisations", equalTo(4))
                .body("compliant", equalTo(false));
        assertEquals(List.of(MET, BREACHED), standardEvents(siteId, 2));
        try (EventTap tap = new EventTap("carehome.events")) {
            JsonNode data = CloudEvents.json(tap.await(EventTap.of(BREACHED, siteId), Duration.ofSeconds(20)).get(0));
            assertEquals(4, data.get("partnerOrganisations").asInt());
            assertTrue(data.get("shortfalls").toString().contains("PARTNER_ORGANISATIONS"));
        }

        recheck.recheck(today);
        assertTrue(compliant(siteId), "as of today the agreement still holds");
    }

    @Test
    void shouldBreachWhenTheMonthRollsOverWithoutActivitiesAndCountTheNewMonthsOnes() {
        String siteId = compliantSimingSite();
        LocalDate firstOfNextMonth = YearMonth.now(CITY).plusMonths(1).atDay(1);

        assertTrue(recheck.recheck(firstOfNextMonth).contains(UUID.fromString(siteId)));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/site-compliance/" + siteId)
                .then().body("activities", equalTo(0))
                .body("activitiesMonth", equalTo(YearMonth.now(CITY).toString()))
                .body("shortfalls", contains("ACTIVITIES"));

        // recording them measures the site as of today again, when last month's two still count: met again
        heldAt(siteId, YearMonth.now(CITY).atDay(2).atTime(9, 0).atZone(CITY).toOffsetDateTime());
        heldAt(siteId, YearMonth.now(CITY).atDay(3).atTime(9, 0).atZone(CITY).toOffsetDateTime());
        assertFalse(recheck.recheck(firstOfNextMonth).contains(UUID.fromString(siteId)),
                "this month's two activities carry the site into the next one");
        given().auth().oauth2(Tokens.of("city")).when().get("/api/site-compliance/" + siteId)
                .then().body("activities", equalTo(2))
                .body("activitiesMonth", equalTo(YearMonth.now(CITY).toString()))
                .body("compliant", equalTo(true));
        assertEquals(List.of(MET, BREACHED, MET), standardEvents(siteId, 3));

        assertFalse(recheck.recheck(LocalDate.now(CITY)).contains(UUID.fromString(siteId)));
    }

    @Test
    void shouldLeaveASiteThatAnotherInstanceIsMeasuringToIt() throws SQLException {
        String siteId = compliantSimingSite();
        LocalDate firstOfNextMonth = YearMonth.now(CITY).plusMonths(1).atDay(1);

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT site_id FROM site_compliance WHERE site_id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(siteId));
                lock.executeQuery();
                assertFalse(recheck.recheck(firstOfNextMonth).contains(UUID.fromString(siteId)),
                        "skipped while locked, without waiting");
            }
            other.rollback();
        }
        assertTrue(compliant(siteId), "the skipped site was not measured");
        assertTrue(recheck.recheck(firstOfNextMonth).contains(UUID.fromString(siteId)));
        assertEquals(List.of(MET, BREACHED), standardEvents(siteId, 2));

        recheck.recheck(LocalDate.now(CITY));
    }

    @Test
    void shouldMeasureASiteThatHasNeverBeenMeasured() throws SQLException {
        String siteId = compliantSimingSite();
        try (Connection db = dataSource.getConnection();
             PreparedStatement forget = db.prepareStatement("DELETE FROM site_compliance WHERE site_id = ?")) {
            forget.setObject(1, UUID.fromString(siteId));
            assertEquals(1, forget.executeUpdate());
        }

        assertTrue(recheck.recheck(LocalDate.now(CITY)).contains(UUID.fromString(siteId)),
                "measured for the first time, and meeting the standard");
        assertTrue(compliant(siteId));
    }
}

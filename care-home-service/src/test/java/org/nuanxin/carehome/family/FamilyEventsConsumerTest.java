package org.nuanxin.carehome.family;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nuanxin.carehome.testing.CareHomeFixtures.await;
import static org.nuanxin.carehome.testing.CareHomeFixtures.familyClosed;
import static org.nuanxin.carehome.testing.CareHomeFixtures.familyRegistered;
import static org.nuanxin.carehome.testing.CareHomeFixtures.familyUpdated;
import static org.nuanxin.carehome.testing.CareHomeFixtures.join;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.registeredFamily;

/** family.events as family-service writes them, on the real broker: the directory, moves, redelivery, dead letters. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyEventsConsumerTest {

    private static final String LEFT = "org.nuanxin.carehome.family-left-site.v1";
    private static final String SIMING = "350203";
    private static final String HULI = "350206";

    private static Map<String, Object> coverageOf(String districtCode) {
        JsonPath coverage = given().auth().oauth2(Tokens.of("city")).when().get("/api/site-coverage")
                .then().statusCode(200).extract().jsonPath();
        return coverage.getMap("districts.find { it.districtCode == '" + districtCode + "' }");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    private static List<String> familiesOf(String siteId) {
        return given().auth().oauth2(Tokens.of("city")).when().get("/api/sites/" + siteId + "/families")
                .then().statusCode(200).extract().jsonPath().getList("familyId");
    }

    private static String streetOf(String siteId, String familyId) {
        return given().auth().oauth2(Tokens.of("city")).when().get("/api/sites/" + siteId + "/families")
                .then().statusCode(200).extract().path("find { it.familyId == '" + familyId + "' }.street");
    }

    @Test
    void shouldTakeAFamilyMovedToAnotherDistrictOffItsSiteAndMoveItsCoverage() {
        String siteId = openSite(SIMING, "鹭江街道");
        String family = registeredFamily(SIMING, "鹭江街道", "BEREAVED");
        join(siteId, family);
        Map<String, Object> simingBefore = coverageOf(SIMING);
        Map<String, Object> huliBefore = coverageOf(HULI);

        familyUpdated(family, "BEREAVED", HULI, "殿前街道");
        await("the moved family is off the 思明 site", () -> familiesOf(siteId).isEmpty());

        Map<String, Object> simingAfter = coverageOf(SIMING);
        Map<String, Object> huliAfter = coverageOf(HULI);
        assertEquals(number(simingBefore, "bereavedFamilies") - 1, number(simingAfter, "bereavedFamilies"));
        assertEquals(number(simingBefore, "served") - 1, number(simingAfter, "served"));
        assertEquals(number(huliBefore, "bereavedFamilies") + 1, number(huliAfter, "bereavedFamilies"));
        assertEquals(number(huliBefore, "served"), number(huliAfter, "served"), "served by no 湖里 site yet");
        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> left = tap.await(EventTap.of(LEFT, siteId), Duration.ofSeconds(20));
            assertEquals(1, left.size());
            var data = CloudEvents.json(left.get(0));
            assertEquals(family, data.get("familyId").asText());
            assertEquals("FAMILY_MOVED", data.get("reason").asText());
            assertEquals(SIMING, data.get("districtCode").asText(), "the district whose coverage drops");
        }

        String huliSite = openSite(HULI, "殿前街道");
        join(huliSite, family);
    }

    @Test
    void shouldKeepAFamilyOnItsSiteWhenOnlyItsStreetChangesWithinTheDistrict() {
        String siteId = openSite(SIMING, "鹭江街道");
        String family = registeredFamily(SIMING, "鹭江街道", "BEREAVED");
        join(siteId, family);

        familyUpdated(family, "BEREAVED", SIMING, "开元街道");
        await("the new street is known", () -> "开元街道".equals(streetOf(siteId, family)));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/sites/" + siteId + "/families")
                .then().body("familyId", contains(family));
        try (EventTap tap = new EventTap("carehome.events")) {
            assertEquals(List.of(), tap.collect(EventTap.of(LEFT, siteId), Duration.ofSeconds(2)));
        }
    }

    @Test
    void shouldApplyAnEventOnceWhenTheBrokerDeliversItAgain() {
        String siteId = openSite(SIMING, "鹭江街道");
        String family = registeredFamily(SIMING, "鹭江街道", "BEREAVED");
        String closing = UUID.randomUUID().toString();
        familyClosed(closing, family, SIMING, "BEREAVED");
        await("the family is closed", () -> "不是在册的帮扶家庭".equals(given().auth().oauth2(Tokens.of("city"))
                .when().put("/api/sites/" + siteId + "/families/" + family)
                .then().statusCode(400).extract().path("violations[0].message")));

        familyRegistered(family, SIMING, "鹭江街道", "BEREAVED");
        join(siteId, family);
        familyClosed(closing, family, SIMING, "BEREAVED");
        familyUpdated(family, "BEREAVED", SIMING, "开元街道");

        await("the update after the redelivery is applied", () -> "开元街道".equals(streetOf(siteId, family)));
        assertEquals(List.of(family), familiesOf(siteId), "the closing, delivered again, was not applied again");
    }

    @Test
    void shouldSendWhatIsNotACloudEventToTheDeadLetterTopicAndGoOn() {
        String marker = "not-a-cloud-event-" + UUID.randomUUID();
        EventWriter.send("family.events", marker, "{\"" + marker + "\": true}");
        String siteId = openSite(SIMING, "鹭江街道");
        String family = registeredFamily(SIMING, "鹭江街道", "BEREAVED");
        join(siteId, family);

        try (EventTap tap = new EventTap("dead-letter-topic-care-home-family-events")) {
            List<ConsumerRecord<String, String>> dead = tap.awaitRecords(r -> r.value().contains(marker),
                    Duration.ofSeconds(20));
            assertFalse(dead.isEmpty(), "the record is on the dead-letter topic");
        }
        given().auth().oauth2(Tokens.of("city")).when().get("/api/sites/" + siteId + "/families")
                .then().body("[0].familyId", equalTo(family));
    }
}

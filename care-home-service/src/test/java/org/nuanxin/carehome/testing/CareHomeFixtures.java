package org.nuanxin.carehome.testing;

import io.restassured.http.ContentType;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.Tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;

/** Sites opened through the API and other services' events written onto the real broker, for the tests. */
public final class CareHomeFixtures {

    public static final String PROBLEM = "application/problem+json";

    private CareHomeFixtures() {
    }

    /** Opens a site in 思明区 鼓浪屿街道 as the city coordinator; returns its id. */
    public static String openSimingSite() {
        return openSite("350203", "鼓浪屿街道");
    }

    public static String openSite(String districtCode, String street) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "测试暖心家园-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("districtCode", districtCode);
        body.put("street", street);
        body.put("address", "龙头路 28 号");
        body.put("openingHours", "周一至周五 8:30-17:30");
        body.put("demonstrationLevel", "NONE");
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/sites").then().statusCode(201).extract().path("id");
    }

    /** volunteer-service publishes a member's status change. */
    public static void volunteerStatus(String volunteerId, String type, String previous, String status) {
        Map<String, Object> data = new HashMap<>();
        data.put("volunteerId", volunteerId);
        data.put("districtCode", "350203");
        data.put("kind", "VOLUNTEER");
        data.put("previousStatus", previous);
        data.put("status", status);
        data.put("changedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        EventWriter.send("volunteer.events", volunteerId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer." + type + ".v1", volunteerId, data));
    }

    /** A volunteer who joined (applicant → active), known to care-home once the event is applied. */
    public static String activeVolunteer() {
        String id = UUID.randomUUID().toString();
        volunteerStatus(id, "volunteer-joined", "APPLICANT", "ACTIVE");
        return id;
    }

    /**
     * volunteer-service registers a volunteer with these professional qualifications (none for an ordinary one)
     * and admits them (applicant → active); returns the id.
     */
    public static String registeredVolunteer(java.util.List<String> qualifications) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>();
        data.put("volunteerId", id);
        data.put("kind", "VOLUNTEER");
        data.put("districtCode", "350203");
        data.put("skills", java.util.List.of("PSYCHOLOGICAL_SUPPORT"));
        data.put("qualifications", qualifications);
        data.put("dialects", java.util.List.of("闽南语"));
        data.put("status", "APPLICANT");
        data.put("registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        EventWriter.send("volunteer.events", id, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.volunteer-registered.v1", id, data));
        volunteerStatus(id, "volunteer-joined", "APPLICANT", "ACTIVE");
        return id;
    }

    /** Attaches the volunteer as a regular of the site, waiting for the directory to learn of them. */
    public static void attach(String siteId, String volunteerId) {
        await("volunteer " + volunteerId + " is attachable", () -> given().auth().oauth2(Tokens.of("city"))
                .when().put("/api/sites/" + siteId + "/volunteers/" + volunteerId)
                .then().extract().statusCode() == 201);
    }

    /** family-service registers a family; returns its id. */
    public static String registeredFamily(String districtCode, String street, String category) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>();
        data.put("familyId", id);
        data.put("category", category);
        data.put("districtCode", districtCode);
        data.put("street", street);
        data.put("community", "测试社区");
        data.put("memberCount", 2);
        data.put("registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        EventWriter.send("family.events", id, EventWriter.cloudEvent("family-service",
                "org.nuanxin.family.family-registered.v1", id, data));
        return id;
    }

    public static void familyClosed(String familyId, String districtCode, String category) {
        familyClosed(UUID.randomUUID().toString(), familyId, districtCode, category);
    }

    /** family-service closes the family, in an event of the given id (to deliver it again). */
    public static void familyClosed(String eventId, String familyId, String districtCode, String category) {
        Map<String, Object> data = new HashMap<>();
        data.put("familyId", familyId);
        data.put("category", category);
        data.put("districtCode", districtCode);
        data.put("status", "CLOSED");
        data.put("closedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        EventWriter.send("family.events", familyId, EventWriter.cloudEvent(eventId, "family-service",
                "org.nuanxin.family.family-closed.v1", familyId, data));
    }

    /** family-service corrects the family's category or address (as FamilyUpdated). */
    public static void familyUpdated(String familyId, String category, String districtCode, String street) {
        Map<String, Object> data = new HashMap<>();
        data.put("familyId", familyId);
        data.put("category", category);
        data.put("previousCategory", category);
        data.put("districtCode", districtCode);
        data.put("street", street);
        data.put("community", "测试社区");
        EventWriter.send("family.events", familyId, EventWriter.cloudEvent("family-service",
                "org.nuanxin.family.family-updated.v1", familyId, data));
    }

    /** family-service registers the family (again, after a closing) under a known id. */
    public static void familyRegistered(String familyId, String districtCode, String street, String category) {
        Map<String, Object> data = new HashMap<>();
        data.put("familyId", familyId);
        data.put("category", category);
        data.put("districtCode", districtCode);
        data.put("street", street);
        data.put("community", "测试社区");
        data.put("memberCount", 2);
        data.put("registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        EventWriter.send("family.events", familyId, EventWriter.cloudEvent("family-service",
                "org.nuanxin.family.family-registered.v1", familyId, data));
    }

    /** The family joins the site, waiting for the directory to learn of it. */
    public static void join(String siteId, String familyId) {
        await("family " + familyId + " can join", () -> given().auth().oauth2(Tokens.of("city"))
                .when().put("/api/sites/" + siteId + "/families/" + familyId)
                .then().extract().statusCode() == 201);
    }

    /**
     * Waits until the directory knows the family: a join at a site of another district, which never succeeds, stops
     * saying the family is unknown.
     */
    public static void awaitKnownFamily(String siteOfAnotherDistrict, String familyId) {
        await("family " + familyId + " is known", () -> "家庭不在本站点所在的区".equals(given().auth()
                .oauth2(Tokens.of("city")).when().put("/api/sites/" + siteOfAnotherDistrict + "/families/" + familyId)
                .then().statusCode(400).extract().path("violations[0].message")));
    }

    /** Schedules an activity as the city coordinator; returns its id. */
    public static String schedule(String siteId, String kind, int capacity, String startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteId", siteId);
        body.put("kind", kind);
        body.put("title", "测试活动");
        body.put("startsAt", startsAt);
        body.put("endsAt", OffsetDateTime.parse(startsAt).plusHours(2).toString());
        body.put("capacity", capacity);
        if ("FREE_CLINIC".equals(kind)) {
            body.put("expertIds", java.util.List.of(UUID.randomUUID().toString()));
        }
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/activities").then().statusCode(201).extract().path("id");
    }

    /** Records the activity as held (a canteen day with 80 meals). */
    public static void hold(String activityId, String kind) {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body("CANTEEN_MEAL".equals(kind) ? "{\"mealsServed\":80}" : "{}")
                .when().post("/api/activities/" + activityId + "/held").then().statusCode(200);
    }

    /** Xiamen: the calendar the monthly activity standard counts by. */
    public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    /** An outing scheduled to start at {@code startsAt} and recorded as held; returns its id. */
    public static String heldAt(String siteId, OffsetDateTime startsAt) {
        String id = schedule(siteId, "OUTING", 20, startsAt.toString());
        hold(id, "OUTING");
        return id;
    }

    /** {@code count} activities held in the last full calendar month (Xiamen), on its 15th. */
    public static void heldLastMonth(String siteId, int count) {
        LocalDate fifteenth = YearMonth.now(CITY).minusMonths(1).atDay(15);
        for (int i = 0; i < count; i++) {
            heldAt(siteId, fifteenth.atTime(9 + i % 8, 0).atZone(CITY).toOffsetDateTime());
        }
    }

    /** A site of 思明区 that meets the whole standard: 10 regulars, 5 social organisations, 2 activities last month. */
    public static String compliantSimingSite() {
        String siteId = openSimingSite();
        addSocialOrganisations(siteId, 5);
        heldLastMonth(siteId, 2);
        for (int i = 0; i < 10; i++) {
            attach(siteId, activeVolunteer());
        }
        return siteId;
    }

    public static String addPartner(String siteId, String name, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("agreement", "每月两次上门心理疏导");
        body.put("agreementFrom", "2025-01-01");
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/sites/" + siteId + "/partners").then().statusCode(201).extract().path("id");
    }

    public static void addSocialOrganisations(String siteId, int count) {
        for (int i = 0; i < count; i++) {
            addPartner(siteId, "社会组织-" + i, "SOCIAL_ORGANISATION");
        }
    }

    public static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package org.nuanxin.gateway.supervision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nuanxin.gateway.supervision.Figures.await;
import static org.nuanxin.gateway.supervision.Figures.awaitCount;
import static org.nuanxin.gateway.supervision.Figures.count;
import static org.nuanxin.gateway.supervision.Figures.of;
import static org.nuanxin.gateway.supervision.Publish.CARE_HOME;
import static org.nuanxin.gateway.supervision.Publish.INSURANCE;
import static org.nuanxin.gateway.supervision.Publish.VOLUNTEER;
import static org.nuanxin.gateway.supervision.Publish.ago;
import static org.nuanxin.gateway.supervision.Publish.event;
import static org.nuanxin.gateway.supervision.Publish.in;
import static org.nuanxin.gateway.supervision.Publish.now;

/**
 * Volunteer, insurance and site figures of 湖里区 from known event sequences, each compared with the hand-computed
 * value; every sequence includes an event delivered twice and events arriving out of order.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SupervisionFiguresTest {

    private static final String HULI = "350206";

    @Test
    void shouldCountActiveVolunteersHoursTasksAndCallsOnceEach() {
        long active = count(HULI, "volunteers.active");
        BigDecimal hours = new BigDecimal(of(HULI, "volunteers.hoursThisMonth"));
        long open = count(HULI, "volunteers.openTasks");
        long overdue = count(HULI, "volunteers.overdueTasks");
        long done = count(HULI, "volunteers.callsDone");
        long unreached = count(HULI, "volunteers.callsUnreached");
        long pending = count(HULI, "volunteers.callsPending");

        // A joins, but the registration (older) arrives after the joining: A stays active. B joins, then leaves.
        UUID a = UUID.randomUUID();
        event(VOLUNTEER, "volunteer-joined", a, status(a, "APPLICANT", "ACTIVE", ago(Duration.ofMinutes(5))));
        event(VOLUNTEER, "volunteer-registered", a, Map.of("volunteerId", a.toString(), "kind", "REGULAR",
                "districtCode", HULI, "skills", List.of(), "qualifications", List.of(), "dialects", List.of(),
                "status", "APPLICANT", "registeredAt", ago(Duration.ofDays(3))));
        UUID b = UUID.randomUUID();
        event(VOLUNTEER, "volunteer-joined", b, status(b, "APPLICANT", "ACTIVE", ago(Duration.ofDays(2))));
        event(VOLUNTEER, "volunteer-left", b, status(b, "ACTIVE", "LEFT", ago(Duration.ofDays(1))));

        // 90 minutes (the same entry delivered twice, once under another event id), a 30-minute deduction, and an
        // entry of two months ago that is not this month's
        UUID entry = UUID.randomUUID();
        String id = event(VOLUNTEER, "hours-credited", a, hours(entry, a, 90, now()));
        event(id, VOLUNTEER, "hours-credited", a, hours(entry, a, 90, now()));
        event(VOLUNTEER, "hours-credited", a, hours(entry, a, 90, now()));
        event(VOLUNTEER, "hours-credited", a, hours(UUID.randomUUID(), a, -30, now()));
        event(VOLUNTEER, "hours-credited", a, hours(UUID.randomUUID(), a, 600, ago(Duration.ofDays(62))));

        // T1 open, window ahead; T2 open with its window gone (overdue); T3 completed, its late "assigned" reopens nothing
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        UUID t3 = UUID.randomUUID();
        event(VOLUNTEER, "task-created", t1, task(t1, ago(Duration.ofHours(1)), in(Duration.ofHours(5))));
        event(VOLUNTEER, "task-created", t2, task(t2, ago(Duration.ofHours(6)), ago(Duration.ofHours(2))));
        event(VOLUNTEER, "task-completed", t3, Map.of("taskId", t3.toString(), "familyId", UUID.randomUUID().toString(),
                "volunteerId", a.toString(), "districtCode", HULI, "kind", "HOME_VISIT", "completedAt", now()));
        event(VOLUNTEER, "task-assigned", t3, task(t3, ago(Duration.ofHours(3)), in(Duration.ofHours(1))));

        // c1 pending, then done at the second attempt; the first attempt's outcome arrives again later. c2 unreached.
        UUID campaign = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        event(VOLUNTEER, "call-outcome-recorded", campaign, call(campaign, c1, "NO_ANSWER", 1, "PENDING"));
        event(VOLUNTEER, "call-outcome-recorded", campaign, call(campaign, c1, "REACHED", 2, "DONE"));
        event(VOLUNTEER, "call-outcome-recorded", campaign, call(campaign, c1, "NO_ANSWER", 1, "PENDING"));
        event(VOLUNTEER, "call-outcome-recorded", campaign, call(campaign, c2, "NO_ANSWER", 3, "UNREACHED"));

        awaitCount(HULI, "volunteers.active", active + 1);
        await(HULI, "volunteers.hoursThisMonth", h -> new BigDecimal(h).compareTo(hours.add(BigDecimal.ONE)) == 0);
        awaitCount(HULI, "volunteers.openTasks", open + 2);
        awaitCount(HULI, "volunteers.overdueTasks", overdue + 1);
        awaitCount(HULI, "volunteers.callsDone", done + 1);
        awaitCount(HULI, "volunteers.callsUnreached", unreached + 1);
        assertEquals(pending, count(HULI, "volunteers.callsPending"));
        assertEquals(active + 1, count(HULI, "volunteers.active"), "B left; A stays active");
    }

    @Test
    void shouldFollowEnrolmentClaimsAndTheBudget() {
        long insurable = count(HULI, "insurance.insurable");
        long enrolled = count(HULI, "insurance.enrolled");
        long pendingReview = count(HULI, "insurance.claimsPendingReview");
        long approved = count(HULI, "insurance.claimsApproved");
        long rejected = count(HULI, "insurance.claimsRejected");
        long paid = count(HULI, "insurance.claimsPaid");
        BigDecimal approvedAmount = new BigDecimal(of(HULI, "insurance.approvedAmount"));
        BigDecimal paidAmount = new BigDecimal(of(HULI, "insurance.paidAmount"));

        UUID family = Publish.family(HULI, "BEREAVED", 2);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        // the claims arrive before the enrolment they belong to: the figures join them when read
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        event(INSURANCE, "claim-submitted", c1, submitted(c1, p1, "1200.00", ago(Duration.ofHours(2))));
        String adjudicated = event(INSURANCE, "claim-adjudicated", c1, adjudicated(c1, p1, "APPROVED", "1200.00", "1000.50"));
        event(adjudicated, INSURANCE, "claim-adjudicated", c1, adjudicated(c1, p1, "APPROVED", "1200.00", "1000.50"));
        event(INSURANCE, "claim-paid", c1, Map.of("claimId", c1.toString(), "hospitalId", "hospital-xianyue",
                "paymentBatchId", UUID.randomUUID().toString(), "month", "2026-11", "amount", "1000.50"));
        event(INSURANCE, "claim-submitted", c2, submitted(c2, p1, "99000.00", ago(Duration.ofHours(1))));
        event(INSURANCE, "claim-adjudicated", c2, adjudicated(c2, p1, "PENDING_REVIEW", "99000.00", "90000.00"));
        event(INSURANCE, "claim-submitted", c3, submitted(c3, p2, "50.00", ago(Duration.ofHours(1))));
        event(INSURANCE, "claim-adjudicated", c3, adjudicated(c3, p2, "REJECTED", "50.00", "0.00"));
        event(INSURANCE, "enrolled", p1, enrolment(p1, family));
        event(INSURANCE, "enrolled", p2, enrolment(p2, family));
        event(INSURANCE, "enrolment-ended", p2, Map.of("personId", p2.toString(), "familyId", family.toString(),
                "coveredUntil", LocalDate.now().toString(), "reason", "family-closed"));

        awaitCount(HULI, "insurance.insurable", insurable + 2);
        awaitCount(HULI, "insurance.enrolled", enrolled + 1);
        awaitCount(HULI, "insurance.claimsPendingReview", pendingReview + 1);
        awaitCount(HULI, "insurance.claimsApproved", approved + 1);
        awaitCount(HULI, "insurance.claimsRejected", rejected + 1);
        awaitCount(HULI, "insurance.claimsPaid", paid + 1);
        assertEquals(approvedAmount.add(new BigDecimal("1000.50")), new BigDecimal(of(HULI, "insurance.approvedAmount")));
        assertEquals(paidAmount.add(new BigDecimal("1000.50")), new BigDecimal(of(HULI, "insurance.paidAmount")));
        assertNotNull(of(HULI, "insurance.avgDecisionHours"));

        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        event(INSURANCE, "premium-budget-set", "budget-" + year, Map.of("year", year, "amount", "4510000.00",
                "setAt", now()));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"4510000.00".equals(Figures.snapshot("city").getString("programme.premiumBudget"))
                && System.currentTimeMillis() < deadline) {
            Figures.pause(200);
        }
        var programme = Figures.snapshot("city");
        assertEquals("4510000.00", programme.getString("programme.premiumBudget"));
        long insured = programme.getList("byDistrict.insurance.enrolled", Integer.class).stream().mapToLong(i -> i).sum();
        assertEquals(new BigDecimal("300.00").multiply(BigDecimal.valueOf(insured)).setScale(2),
                new BigDecimal(programme.getString("programme.premiumsDue")));
        assertEquals(new BigDecimal("4510000.00").subtract(new BigDecimal(programme.getString("programme.premiumsDue"))),
                new BigDecimal(programme.getString("programme.budgetLeft")));
        assertNull(Figures.snapshot("huli").get("programme"), "district coordinators get no city-wide figures");
    }

    @Test
    void shouldFollowSitesTheirStandardFamiliesAndActivities() {
        long sites = count(HULI, "sites.sites");
        long meeting = count(HULI, "sites.meetingStandard");
        long reached = count(HULI, "sites.bereavedReached");
        long lectures = count(HULI, "sites.lecturesThisYear");
        long clinics = count(HULI, "sites.clinicsThisYear");
        long attendance = count(HULI, "sites.attendanceThisMonth");

        UUID site = UUID.randomUUID();
        event(CARE_HOME, "site-opened", site, Map.of("siteId", site.toString(), "name", "湖里区殿前街道暖心家园",
                "districtCode", HULI, "street", "殿前街道", "featuredPractice", "三三制", "demonstrationLevel", "STREET",
                "latitude", 24.52, "longitude", 118.12, "openedAt", ago(Duration.ofDays(30))));
        // breached, then met; a breach older than the meeting arrives late and changes nothing
        event(CARE_HOME, "standard-breached", site, standard(site, List.of("REGULAR_VOLUNTEERS"), ago(Duration.ofDays(3))));
        event(CARE_HOME, "standard-met", site, standard(site, List.of(), ago(Duration.ofDays(1))));
        event(CARE_HOME, "standard-breached", site, standard(site, List.of("PARTNER_ORGANISATIONS"), ago(Duration.ofDays(2))));

        UUID bereaved = Publish.family(HULI, "BEREAVED", 2);
        UUID disabled = Publish.family(HULI, "DISABLED_CHILD", 3);
        UUID gone = Publish.family(HULI, "BEREAVED", 1);
        event(CARE_HOME, "family-joined-site", site, siteFamily(site, bereaved, "BEREAVED", ago(Duration.ofDays(5))));
        event(CARE_HOME, "family-joined-site", site, siteFamily(site, disabled, "DISABLED_CHILD", ago(Duration.ofDays(5))));
        event(CARE_HOME, "family-joined-site", site, siteFamily(site, gone, "BEREAVED", ago(Duration.ofDays(5))));
        event(CARE_HOME, "family-left-site", site, siteFamily(site, gone, "BEREAVED", ago(Duration.ofDays(1))));

        UUID lecture = UUID.randomUUID();
        UUID clinic = UUID.randomUUID();
        event(CARE_HOME, "activity-scheduled", site, activity(site, lecture, "LECTURE", Map.of()));
        String held = event(CARE_HOME, "activity-held", site, activity(site, lecture, "LECTURE",
                Map.of("registered", 30, "attended", 27, "walkIns", 2, "heldAt", now())));
        event(held, CARE_HOME, "activity-held", site, activity(site, lecture, "LECTURE",
                Map.of("registered", 30, "attended", 27, "walkIns", 2, "heldAt", now())));
        event(CARE_HOME, "activity-scheduled", site, activity(site, clinic, "FREE_CLINIC", Map.of()));

        awaitCount(HULI, "sites.sites", sites + 1);
        awaitCount(HULI, "sites.meetingStandard", meeting + 1);
        awaitCount(HULI, "sites.bereavedReached", reached + 1);
        awaitCount(HULI, "sites.lecturesThisYear", lectures + 1);
        awaitCount(HULI, "sites.attendanceThisMonth", attendance + 27);
        assertEquals(clinics, count(HULI, "sites.clinicsThisYear"), "a clinic scheduled is not a clinic held");
        var snapshot = Figures.snapshot("city");
        assertEquals(Boolean.TRUE, snapshot.get("sites.find { it.siteId == '" + site + "' }.meetsStandard"));
        assertEquals(Boolean.TRUE, Figures.snapshot("huli").get("sites.every { it.districtCode == '" + HULI + "' }"));
    }

    @Test
    void shouldBreakADistrictDownByStreet() {
        String street = "测试街道" + UUID.randomUUID().toString().substring(0, 6);
        UUID visited = Publish.family(HULI, street, "BEREAVED", 2);
        Publish.family(HULI, street, "DISABLED_CHILD", 3);
        event(Publish.FAMILY, "contact-recorded", visited, Map.of("familyId", visited.toString(),
                "contactId", UUID.randomUUID().toString(), "districtCode", HULI, "kind", "HOME_VISIT",
                "contactedAt", now(), "durationMinutes", 30, "source", "LIAISON"));
        String path = "find { it.street == '" + street + "' }";
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && !Integer.valueOf(1).equals(io.restassured.RestAssured.given()
                .auth().oauth2(org.nuanxin.common.testing.Tokens.of("huli"))
                .get("/api/supervision/districts/" + HULI + "/streets").jsonPath().get(path + ".notContacted"))) {
            Figures.pause(200);
        }
        io.restassured.RestAssured.given().auth().oauth2(org.nuanxin.common.testing.Tokens.of("huli"))
                .when().get("/api/supervision/districts/" + HULI + "/streets")
                .then().statusCode(200)
                .body(path + ".families", org.hamcrest.Matchers.equalTo(2))
                .body(path + ".bereaved", org.hamcrest.Matchers.equalTo(1))
                .body(path + ".disabledChild", org.hamcrest.Matchers.equalTo(1))
                .body(path + ".notContacted", org.hamcrest.Matchers.equalTo(1))
                .body(path + ".notVisited", org.hamcrest.Matchers.equalTo(1));
        io.restassured.RestAssured.given().auth().oauth2(org.nuanxin.common.testing.Tokens.of("siming"))
                .when().get("/api/supervision/districts/" + HULI + "/streets")
                .then().statusCode(404).contentType("application/problem+json");
        io.restassured.RestAssured.given().auth().oauth2(org.nuanxin.common.testing.Tokens.of("city"))
                .when().get("/api/supervision/districts/999999/streets")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> status(UUID volunteer, String previous, String status, String at) {
        return Map.of("volunteerId", volunteer.toString(), "districtCode", HULI, "kind", "REGULAR",
                "previousStatus", previous, "status", status, "changedAt", at);
    }

    private static Map<String, Object> hours(UUID entry, UUID volunteer, int minutes, String at) {
        Map<String, Object> data = new HashMap<>(Map.of("entryId", entry.toString(), "volunteerId", volunteer.toString(),
                "districtCode", HULI, "source", minutes < 0 ? "CORRECTION" : "CHECK_IN", "minutes", minutes,
                "totalMinutes", 600, "starLevel", 1, "creditedAt", at));
        data.put("taskId", null);
        return data;
    }

    private static Map<String, Object> task(UUID task, String from, String until) {
        return Map.of("taskId", task.toString(), "familyId", UUID.randomUUID().toString(), "districtCode", HULI,
                "kind", "HOME_VISIT", "priority", "NORMAL", "windowStart", from, "windowEnd", until,
                "requiredSkills", List.of());
    }

    private static Map<String, Object> call(UUID campaign, UUID entry, String outcome, int attempt, String status) {
        return Map.of("campaignId", campaign.toString(), "entryId", entry.toString(), "familyId", UUID.randomUUID().toString(),
                "districtCode", HULI, "purpose", "FESTIVAL_GREETING", "outcome", outcome, "attempt", attempt,
                "entryStatus", status, "recordedAt", now());
    }

    private static Map<String, Object> submitted(UUID claim, UUID person, String amount, String at) {
        return Map.of("claimId", claim.toString(), "hospitalId", "hospital-xianyue", "insuredPersonId", person.toString(),
                "setting", "INPATIENT", "admissionDate", "2026-11-01", "dischargeDate", "2026-11-05",
                "inpatientDays", 4, "claimedAmount", amount, "submittedAt", at);
    }

    private static Map<String, Object> adjudicated(UUID claim, UUID person, String outcome, String claimed, String benefit) {
        return Map.of("claimId", claim.toString(), "hospitalId", "hospital-xianyue", "insuredPersonId", person.toString(),
                "policyYear", 2026, "outcome", outcome, "claimedAmount", claimed,
                "medicalBenefit", benefit, "nursingDaysPaid", 0, "nursingAllowance", "0.00", "benefitAmount", benefit);
    }

    private static Map<String, Object> enrolment(UUID person, UUID family) {
        return Map.of("personId", person.toString(), "familyId", family.toString(),
                "coveredFrom", LocalDate.now().withDayOfYear(1).toString(), "enrolledAt", now());
    }

    private static Map<String, Object> standard(UUID site, List<String> shortfalls, String at) {
        return Map.of("siteId", site.toString(), "districtCode", HULI, "regularVolunteers", 10,
                "partnerOrganisations", 5, "minRegularVolunteers", 10, "minPartnerOrganisations", 5,
                "shortfalls", shortfalls, "changedAt", at);
    }

    private static Map<String, Object> siteFamily(UUID site, UUID family, String category, String at) {
        return Map.of("siteId", site.toString(), "familyId", family.toString(), "districtCode", HULI,
                "category", category, "reason", "REMOVED", "changedAt", at);
    }

    private static Map<String, Object> activity(UUID site, UUID activity, String kind, Map<String, Object> held) {
        Map<String, Object> data = new HashMap<>(Map.of("activityId", activity.toString(), "siteId", site.toString(),
                "districtCode", HULI, "kind", kind, "title", "暖心大学堂", "startsAt", ago(Duration.ofMinutes(10)),
                "endsAt", ago(Duration.ofMinutes(1)), "capacity", 40));
        data.putAll(held);
        return data;
    }
}

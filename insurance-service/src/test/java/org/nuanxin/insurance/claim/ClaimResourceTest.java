package org.nuanxin.insurance.claim;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.enrolment.Insured;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ClaimResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String xianyue() {
        return Tokens.ofHospital("hospital-xianyue", "xianyue-secret");
    }

    private static Response submit(String token, String key, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/claims");
    }

    private static Response submit(Object body) {
        return submit(xianyue(), UUID.randomUUID().toString(), body);
    }

    @Test
    void shouldApproveAnInpatientClaimWithItsNursingAllowanceAndPublishBothEvents() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = submit(ClaimBody.inpatient(person.id()).item("MEDICINE", "1280.5").item("BED", "400").build())
                .then().statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("hospitalId", equalTo("H-XIANYUE"))
                .body("policyYear", equalTo(2025))
                .body("claimedAmount", equalTo("1680.50"))
                .body("medicalBenefit", equalTo("1680.50"))
                .body("nursingDaysPaid", equalTo(10))
                .body("nursingAllowance", equalTo("3000.00"))
                .body("benefitAmount", equalTo("4680.50"))
                .body("items.rule", contains("ELIGIBLE", "ELIGIBLE"))
                .body("explanations.rule", hasItem("NURSING_ALLOWANCE"))
                .extract().path("id");

        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.about(id), 2, Duration.ofSeconds(20));
            assertEquals(Set.of("org.nuanxin.insurance.claim-submitted.v1", "org.nuanxin.insurance.claim-adjudicated.v1"),
                    Set.copyOf(events.stream().map(CloudEvent::getType).toList()));
            CloudEvent adjudicated = events.stream().filter(e -> e.getType().endsWith("claim-adjudicated.v1")).findFirst().orElseThrow();
            assertEquals("APPROVED", CloudEvents.json(adjudicated).get("outcome").asText());
            assertEquals("4680.50", CloudEvents.json(adjudicated).get("benefitAmount").asText());
            assertTrue(!CloudEvents.data(adjudicated).contains(person.identityNumber()), "no identity number in events");
        }
    }

    @Test
    void shouldFindThePatientByIdentityNumber() {
        Insured.Person person = Insured.enrol("2024-01-01");
        ClaimBody body = ClaimBody.outpatient(person.id(), "2025-05-06")
                .set("patient", Map.of("identityNumber", person.identityNumber()));
        submit(body.build()).then().statusCode(201)
                .body("insuredPersonId", equalTo(person.id()))
                .body("status", equalTo("APPROVED"))
                .body("nursingAllowance", equalTo("0.00"));
    }

    @Test
    void shouldRequireAnIdempotencyKey() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(xianyue(), null, ClaimBody.inpatient(person.id()).build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void shouldAnswerARetryWithTheSameKeyAndBodyWithTheOriginalResponse() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ClaimBody.inpatient(person.id()).build();
        String first = submit(xianyue(), key, body).then().statusCode(201).extract().asString();
        String again = submit(xianyue(), key, body).then().statusCode(201).extract().asString();
        assertEquals(first, again);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025")
                .then().statusCode(200).body("nursingDaysUsed", equalTo(10));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBodyWith422() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String key = UUID.randomUUID().toString();
        submit(xianyue(), key, ClaimBody.inpatient(person.id()).build()).then().statusCode(201);
        submit(xianyue(), key, ClaimBody.inpatient(person.id()).item("MEDICINE", "2.00").build())
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerARetryWhileTheFirstIsStillProcessedWith409() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String key = UUID.randomUUID().toString();
        reservedInProgress(key, OffsetDateTime.now());
        submit(xianyue(), key, ClaimBody.inpatient(person.id()).build())
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldLetARetryTakeOverAKeyLeftInProgressByARequestWhoseProcessDied() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String key = UUID.randomUUID().toString();
        reservedInProgress(key, OffsetDateTime.now().minusMinutes(5)); // beyond nuanxin.claims.in-progress-lease
        Map<String, Object> body = ClaimBody.inpatient(person.id()).build();
        String id = submit(xianyue(), key, body).then().statusCode(201).extract().path("id");
        submit(xianyue(), key, body).then().statusCode(201).body("id", equalTo(id));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025")
                .then().statusCode(200).body("nursingDaysUsed", equalTo(10));
    }

    /** Xianyue's key held IN_PROGRESS since {@code since} by another request, as a first attempt leaves it. */
    private static void reservedInProgress(String key, OffsetDateTime since) {
        QuarkusTransaction.requiringNew().run(() -> {
            ClaimIdempotency reserved = new ClaimIdempotency();
            reserved.hospitalId = "H-XIANYUE";
            reserved.idempotencyKey = key;
            reserved.requestHash = "the first request";
            reserved.state = ClaimIdempotency.IN_PROGRESS;
            reserved.createdAt = since;
            reserved.reservation = UUID.randomUUID();
            reserved.persist();
        });
    }

    @Test
    void shouldCreateOneClaimWhenTheSameRequestArrivesManyTimesAtOnce() throws Exception {
        Insured.Person person = Insured.enrol("2024-01-01");
        String key = UUID.randomUUID().toString();
        String token = xianyue();
        Map<String, Object> body = ClaimBody.inpatient(person.id()).build();
        List<Response> responses = race(5, () -> submit(token, key, body));
        Set<String> ids = new HashSet<>();
        for (Response response : responses) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.asString());
            if (response.statusCode() == 201) {
                ids.add(response.path("id"));
            }
        }
        assertEquals(1, ids.size(), "every success names the same claim");
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025")
                .then().statusCode(200).body("nursingDaysUsed", equalTo(10));
    }

    @Test
    void shouldPayAClaimExactlyAtTheSubsidyCapAndNothingBeyond() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.outpatient(person.id(), "2025-02-01").item("SURGERY", "90000.00").build())
                .then().statusCode(201)
                .body("medicalBenefit", equalTo("90000.00"))
                .body("items[0].rule", equalTo("ELIGIBLE"))
                .body("status", equalTo("PENDING_REVIEW"))
                .body("explanations.rule", hasItem("ABOVE_REVIEW_THRESHOLD"));
        submit(ClaimBody.outpatient(person.id(), "2025-02-03").item("MEDICINE", "0.01").build())
                .then().statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("medicalBenefit", equalTo("0.00"))
                .body("items[0].rule", equalTo("SUBSIDY_EXHAUSTED"));
    }

    @Test
    void shouldCapAnItemAtTheRemainingSubsidy() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.outpatient(person.id(), "2025-02-01").item("SURGERY", "89500.00").build())
                .then().statusCode(201);
        submit(ClaimBody.outpatient(person.id(), "2025-02-03").item("MEDICINE", "300.00").item("MEDICINE", "300.00").build())
                .then().statusCode(201)
                .body("status", equalTo("PARTIALLY_APPROVED"))
                .body("medicalBenefit", equalTo("500.00"))
                .body("items.rule", contains("ELIGIBLE", "CAPPED_AT_REMAINING_SUBSIDY"))
                .body("items[1].benefit", equalTo("200.00"));
    }

    @Test
    void shouldPayAtMost365NursingDaysInALeapYearOf366() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).stay("2024-01-01", "2024-12-31", 366).item("BED", "100.00").build())
                .then().statusCode(201)
                .body("nursingDaysPaid", equalTo(365))
                .body("nursingAllowance", equalTo("109500.00"))
                .body("explanations.rule", hasItem("NURSING_DAYS_CAPPED"));
    }

    @Test
    void shouldPayNoNursingDayOnceTheYearsDaysAreUsed() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).stay("2025-01-01", "2025-12-31", 365).build())
                .then().statusCode(201).body("nursingDaysPaid", equalTo(365));
        submit(ClaimBody.inpatient(person.id()).stay("2025-12-31", "2025-12-31", 1).build(), "H-FIRST")
                .then().statusCode(201)
                .body("nursingDaysPaid", equalTo(0))
                .body("nursing[0].daysClaimed", equalTo(1))
                .body("explanations.rule", hasItem("NURSING_DAYS_CAPPED"));
    }

    private static Response submit(Object body, String otherHospital) {
        return submit(Tokens.ofHospital("hospital-first", "first-secret"), UUID.randomUUID().toString(), body);
    }

    @Test
    void shouldSplitAStayAcrossTwoPolicyYears() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).stay("2024-12-30", "2025-01-02", 4).build())
                .then().statusCode(201)
                .body("policyYear", equalTo(2025))
                .body("nursing.policyYear", contains(2024, 2025))
                .body("nursing.daysPaid", contains(2, 2))
                .body("nursingAllowance", equalTo("1200.00"));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2024")
                .then().statusCode(200).body("nursingDaysUsed", equalTo(2)).body("subsidyUsed", equalTo("0.00"));
    }

    @Test
    void shouldNotCoverNonMedicalItemsNorBedsOutpatient() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.outpatient(person.id(), "2025-04-01").item("EXAMINATION", "200.00").item("NON_MEDICAL", "50.00")
                .item("BED", "80.00").build())
                .then().statusCode(201)
                .body("status", equalTo("PARTIALLY_APPROVED"))
                .body("items.rule", contains("ELIGIBLE", "NOT_COVERED_NON_MEDICAL", "NOT_COVERED_BED_OUTPATIENT"))
                .body("medicalBenefit", equalTo("200.00"));
    }

    @Test
    void shouldRejectAStayOutsideTheCoveredPeriod() {
        Insured.Person person = Insured.enrol("2025-01-01");
        submit(ClaimBody.inpatient(person.id()).stay("2024-12-30", "2025-01-02", 4).build())
                .then().statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("explanations.rule", hasItem("OUTSIDE_COVERAGE"))
                .body("benefitAmount", equalTo("0.00"));
    }

    @Test
    void shouldSendAnOverlappingStayAtTheSameHospitalToReview() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String first = submit(ClaimBody.inpatient(person.id()).build()).then().statusCode(201).extract().path("id");
        submit(ClaimBody.inpatient(person.id()).stay("2025-03-05", "2025-03-08", 4).build())
                .then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("duplicateOf", equalTo(first))
                .body("explanations.rule", hasItem("DUPLICATE_SUSPECTED"));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousClaimsTakeTheLast1000Yuan() throws Exception {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.outpatient(person.id(), "2025-06-01").item("SURGERY", "89000.00").build()).then().statusCode(201);
        String token = xianyue();
        java.util.concurrent.atomic.AtomicInteger day = new java.util.concurrent.atomic.AtomicInteger(2);
        List<Response> responses = race(2, () -> submit(token, UUID.randomUUID().toString(),
                ClaimBody.outpatient(person.id(), "2025-06-0" + day.getAndIncrement())
                        .item("MEDICINE", "1000.00").build()));
        List<String> benefits = new ArrayList<>();
        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            benefits.add(response.path("medicalBenefit"));
        }
        benefits.sort(null);
        assertEquals(List.of("0.00", "1000.00"), benefits);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025")
                .then().statusCode(200).body("subsidyUsed", equalTo("90000.00")).body("subsidyLeft", equalTo("0.00"));
    }

    @Test
    void shouldHideAHospitalsClaimsFromOtherHospitals() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = submit(ClaimBody.inpatient(person.id()).build()).then().statusCode(201).extract().path("id");
        String zhongshan = Tokens.ofHospital("hospital-zhongshan", "zhongshan-secret");
        given().auth().oauth2(zhongshan).when().get("/api/claims/" + id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(zhongshan).when().get("/api/claims/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(zhongshan).when().get("/api/claims?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(xianyue()).when().get("/api/claims/" + id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(xianyue()).when().get("/api/claims?size=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.hospitalId", not(hasItem("H-ZHONGSHAN")));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + id).then().statusCode(200);
    }

    @Test
    void shouldRecordWhoDecidedWhatInTheClaimsHistory() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = submit(ClaimBody.inpatient(person.id()).build()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(xianyue()).when().get("/api/claims/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].actor", equalTo("H-XIANYUE"))
                .body("[0].toStatus", equalTo("APPROVED"))
                .body("[0].reason", notNullValue());
    }

    @Test
    void shouldRefuseAnUnknownPatientNamingIt() {
        submit(ClaimBody.inpatient(UUID.randomUUID().toString()).build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("patient.insuredPersonId"));
        submit(ClaimBody.inpatient(UUID.randomUUID().toString())
                .set("patient", Map.of("identityNumber", Insured.newIdentityNumber())).build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("patient.identityNumber"));
    }

    @Test
    void shouldRefuseANegativeAmountNamingIt() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).item("MEDICINE", "-5.00").build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("items[0].amount"));
    }

    @Test
    void shouldRefuseADischargeBeforeTheAdmissionNamingIt() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).stay("2025-03-10", "2025-03-09", 0).build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("dischargeDate"));
    }

    @Test
    void shouldRefuseAMalformedIcdCodeNamingIt() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).set("diagnosisCodes", List.of("I63.9", "脑梗")).build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("diagnosisCodes")));
    }

    @Test
    void shouldRefuseMoreInpatientDaysThanTheStayHas() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(ClaimBody.inpatient(person.id()).stay("2025-03-01", "2025-03-02", 3).build())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("inpatientDays"));
    }

    @Test
    void shouldLetOnlyHospitalsSubmitClaims() {
        Insured.Person person = Insured.enrol("2024-01-01");
        submit(Tokens.of("city"), UUID.randomUUID().toString(), ClaimBody.inpatient(person.id()).build())
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(ClaimBody.inpatient(person.id()).build())
                .when().post("/api/claims").then().statusCode(401).contentType(PROBLEM);
    }

    private static List<Response> race(int n, java.util.function.Supplier<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return call.get();
                }, pool));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (CompletableFuture<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}

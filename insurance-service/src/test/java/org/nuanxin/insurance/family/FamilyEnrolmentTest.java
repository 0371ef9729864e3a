package org.nuanxin.insurance.family;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.claim.ClaimBody;
import org.nuanxin.insurance.enrolment.Insured;
import org.nuanxin.insurance.enrolment.InsuredPerson;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 全覆盖: the parents of every bereaved family are enrolled from family-service's member lists. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyEnrolmentTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REGISTERED_AT = "2025-02-10T02:00:00Z";

    @Inject
    PiiCipher cipher;

    private record Member(String memberId, String relation, String identityNumber) {
    }

    private static Member member(String relation) {
        return new Member(UUID.randomUUID().toString(), relation, Insured.newIdentityNumber());
    }

    private static void family(String type, String familyId, Map<String, ?> data) {
        EventWriter.send("family.events", familyId,
                EventWriter.cloudEvent("family-service", "org.nuanxin.family." + type + ".v1", familyId, data));
    }

    private void register(String familyId, String category, Member... members) {
        family("family-registered", familyId, Map.of("familyId", familyId, "category", category,
                "districtCode", "350203", "memberCount", members.length, "registeredAt", REGISTERED_AT));
        membersChanged(familyId, category, true, "2025-02-10T02:00:00Z", members);
    }

    private void membersChanged(String familyId, String category, boolean active, String at, Member... members) {
        family("members-changed", familyId, Map.of("familyId", familyId, "category", category, "changedAt", at,
                "members", java.util.Arrays.stream(members).map(m -> Map.of("memberId", m.memberId(),
                        "relation", m.relation(), "active", active,
                        "idNumberIndex", cipher.blindIndex(m.identityNumber()))).toList()));
    }

    private static Optional<InsuredPerson> insured(Member member) {
        return QuarkusTransaction.requiringNew().call(() ->
                InsuredPerson.<InsuredPerson>find("memberId", UUID.fromString(member.memberId())).firstResultOptional());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(200);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static String claimFor(String identityNumber) {
        return given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ClaimBody.outpatient(UUID.randomUUID().toString(), "2025-05-06")
                        .set("patient", Map.of("identityNumber", identityNumber)).build())
                .when().post("/api/claims").then().extract().asString();
    }

    @Test
    void shouldEnrolBothParentsOfABereavedFamilyAndNoOneElse() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member mother = member("MOTHER");
        Member father = member("FATHER");
        Member other = member("OTHER");
        register(familyId, "BEREAVED", mother, father, other);

        await(() -> insured(mother).isPresent() && insured(father).isPresent(), "both parents enrolled");
        InsuredPerson enrolled = insured(mother).orElseThrow();
        assertEquals(UUID.fromString(familyId), enrolled.familyId);
        assertEquals(LocalDate.of(2025, 2, 10), enrolled.coveredFrom);
        assertNull(enrolled.coveredUntil);
        assertEquals(InsuredPerson.FROM_FAMILY_EVENT, enrolled.source);
        assertNull(enrolled.nameEncrypted, "family-service sends no names");
        assertTrue(insured(other).isEmpty(), "only parents are insured");

        given().auth().oauth2(Tokens.of("city")).when().get("/api/enrolments/" + enrolled.id)
                .then().statusCode(200).body("source", equalTo("FAMILY_EVENT"))
                .body("memberId", equalTo(mother.memberId())).body("coveredFrom", equalTo("2025-02-10"));

        // a hospital's identity number finds the person through the shared blind index
        assertTrue(claimFor(mother.identityNumber()).contains("\"insuredPersonId\":\"" + enrolled.id + "\""));
        assertTrue(claimFor(other.identityNumber()).contains("patient.identityNumber"));

        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.of("org.nuanxin.insurance.enrolled.v1", enrolled.id),
                    Duration.ofSeconds(20));
            assertEquals(1, events.size());
            assertEquals(familyId, CloudEvents.json(events.get(0)).get("familyId").asText());
            assertEquals("2025-02-10", CloudEvents.json(events.get(0)).get("coveredFrom").asText());
            assertFalse(CloudEvents.data(events.get(0)).contains(mother.identityNumber()));
        }
    }

    @Test
    void shouldApplyARepeatedMemberListOnce() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member mother = member("MOTHER");
        register(familyId, "BEREAVED", mother);
        await(() -> insured(mother).isPresent(), "mother enrolled");
        membersChanged(familyId, "BEREAVED", true, "2025-03-01T02:00:00Z", mother);
        Member marker = member("FATHER");
        membersChanged(UUID.randomUUID().toString(), "BEREAVED", true, "2025-03-01T02:00:00Z", marker);
        await(() -> insured(marker).isPresent(), "later events applied");

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                InsuredPerson.count("familyId", UUID.fromString(familyId))));
        assertEquals(LocalDate.of(2025, 2, 10), insured(mother).orElseThrow().coveredFrom);
    }

    @Test
    void shouldLinkAParentACoordinatorEnrolledBeforeInsteadOfEnrollingTwice() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member mother = member("MOTHER");
        String personId = given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "王某某", "identityNumber", mother.identityNumber(),
                        "coveredFrom", "2025-01-01"))
                .when().post("/api/enrolments").then().statusCode(201).extract().path("id");
        register(familyId, "BEREAVED", mother);

        await(() -> insured(mother).isPresent(), "the member is linked");
        InsuredPerson linked = insured(mother).orElseThrow();
        assertEquals(UUID.fromString(personId), linked.id);
        assertEquals(LocalDate.of(2025, 1, 1), linked.coveredFrom);
        assertEquals(InsuredPerson.BY_COORDINATOR, linked.source);
    }

    @Test
    void shouldEnrolTheParentsOnlyOnceTheFamilyIsBereavedAndEndTheCoverWhenItIsNoLonger() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member father = member("FATHER");
        register(familyId, "DISABLED_CHILD", father);
        Member marker = member("MOTHER");
        register(UUID.randomUUID().toString(), "BEREAVED", marker);
        await(() -> insured(marker).isPresent(), "later events applied");
        assertTrue(insured(father).isEmpty(), "a disabled-child family is not insured here");

        family("family-updated", familyId, Map.of("familyId", familyId, "category", "BEREAVED",
                "previousCategory", "DISABLED_CHILD", "districtCode", "350203"));
        await(() -> insured(father).isPresent(), "enrolled once the family is bereaved");
        String personId = insured(father).orElseThrow().id.toString();

        family("family-updated", familyId, Map.of("familyId", familyId, "category", "DISABLED_CHILD",
                "previousCategory", "BEREAVED", "districtCode", "350203"));
        await(() -> insured(father).orElseThrow().coveredUntil != null, "cover ended");
        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> ended = tap.await(EventTap.of("org.nuanxin.insurance.enrolment-ended.v1", personId),
                    Duration.ofSeconds(20));
            assertEquals(1, ended.size());
            assertEquals("family-not-bereaved", CloudEvents.json(ended.get(0)).get("reason").asText());
        }
    }

    @Test
    void shouldEndTheCoverOnTheDayTheFamilyClosesAndNotAgainForItsInactiveMemberList() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member mother = member("MOTHER");
        Member father = member("FATHER");
        register(familyId, "BEREAVED", mother, father);
        await(() -> insured(mother).isPresent() && insured(father).isPresent(), "both enrolled");

        family("family-closed", familyId, Map.of("familyId", familyId, "category", "BEREAVED",
                "districtCode", "350203", "status", "DECEASED_HOUSEHOLD", "closedAt", "2025-08-31T18:00:00Z"));
        membersChanged(familyId, "BEREAVED", false, "2025-08-31T18:00:00Z", mother, father);
        await(() -> insured(mother).orElseThrow().coveredUntil != null
                && insured(father).orElseThrow().coveredUntil != null, "both covers ended");
        // 18:00 UTC on 31 August is 1 September in Xiamen
        assertEquals(LocalDate.of(2025, 9, 1), insured(mother).orElseThrow().coveredUntil);

        String personId = insured(mother).orElseThrow().id.toString();
        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> ended = tap.collect(EventTap.of("org.nuanxin.insurance.enrolment-ended.v1", personId),
                    Duration.ofSeconds(3));
            assertEquals(1, ended.size(), "one end, not a second for the inactive member list");
            assertEquals("family-closed", CloudEvents.json(ended.get(0)).get("reason").asText());
        }
    }

    @Test
    void shouldRefuseToEnrolAMemberOfAFamilyThatIsNotBereaved() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member marker = member("MOTHER");
        register(familyId, "DISABLED_CHILD", marker);
        await(() -> QuarkusTransaction.requiringNew().call(() -> {
            InsuredFamily family = InsuredFamily.findById(UUID.fromString(familyId));
            return family != null && "DISABLED_CHILD".equals(family.category);
        }), "the family is known");

        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "陈某", "identityNumber", Insured.newIdentityNumber()))
                .when().post("/api/enrolments")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("familyId"));
    }

    @Test
    void shouldRefuseToEnrolAMemberOfAClosedFamily() throws Exception {
        String familyId = UUID.randomUUID().toString();
        family("family-closed", familyId, Map.of("familyId", familyId, "category", "BEREAVED",
                "districtCode", "350203", "status", "MOVED_AWAY", "closedAt", "2025-04-01T02:00:00Z"));
        await(() -> QuarkusTransaction.requiringNew().call(() -> {
            InsuredFamily family = InsuredFamily.findById(UUID.fromString(familyId));
            return family != null && !family.active;
        }), "the closure is known");

        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "陈某", "identityNumber", Insured.newIdentityNumber()))
                .when().post("/api/enrolments")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("familyId"));
    }
}

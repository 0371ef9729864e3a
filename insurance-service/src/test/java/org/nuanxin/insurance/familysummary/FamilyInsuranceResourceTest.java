package org.nuanxin.insurance.familysummary;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.claim.ClaimBody;
import org.nuanxin.insurance.enrolment.Insured;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.family.InsuredFamily;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family page's insurance summary: who of the family is insured, the year's caps and use, its claims. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyInsuranceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SIMING = "350203";

    @Inject
    PiiCipher cipher;

    private record Member(String memberId, String relation, String identityNumber) {
    }

    private static Member member(String relation, String identityNumber) {
        return new Member(UUID.randomUUID().toString(), relation, identityNumber);
    }

    private static void family(String type, String familyId, Map<String, ?> data) {
        EventWriter.send("family.events", familyId,
                EventWriter.cloudEvent("family-service", "org.nuanxin.family." + type + ".v1", familyId, data));
    }

    /** family-service registers the family in 思明区 and lists its members. */
    private void register(String familyId, String category, Member... members) {
        family("family-registered", familyId, Map.of("familyId", familyId, "category", category,
                "districtCode", SIMING, "memberCount", members.length, "registeredAt", "2025-02-10T02:00:00Z"));
        family("members-changed", familyId, Map.of("familyId", familyId, "category", category,
                "changedAt", "2025-02-10T02:00:00Z",
                "members", Arrays.stream(members).map(m -> Map.of("memberId", m.memberId(), "relation", m.relation(),
                        "active", true, "idNumberIndex", cipher.blindIndex(m.identityNumber()))).toList()));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(200);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static boolean enrolledFromEvents(Member member) {
        return QuarkusTransaction.requiringNew().call(() ->
                InsuredPerson.count("memberId", UUID.fromString(member.memberId())) > 0);
    }

    private static boolean known(String familyId, String category, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            InsuredFamily family = InsuredFamily.findById(UUID.fromString(familyId));
            return family != null && category.equals(family.category) && family.active == active;
        });
    }

    /** 中山医院 submits a claim for the patient; returns the claim's status. */
    private static String claim(String identityNumber, String date, Map<String, String> items) {
        ClaimBody body = ClaimBody.outpatient(UUID.randomUUID().toString(), date)
                .set("patient", Map.of("identityNumber", identityNumber));
        items.forEach(body::item);
        return given().auth().oauth2(Tokens.ofHospital("hospital-zhongshan", "zhongshan-secret"))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.build()).when().post("/api/claims").then().statusCode(201).extract().path("status");
    }

    @Test
    void shouldShowEachInsuredMembersCoverCapsAndClaimsOfTheYearWithoutIdentityNumbers() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member mother = member("MOTHER", Insured.newIdentityNumber());
        Member father = member("FATHER", Insured.newIdentityNumber());
        // the mother was enrolled by hand in 2022, before family-service listed her
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "王秀英", "identityNumber", mother.identityNumber(),
                        "coveredFrom", "2022-01-01"))
                .when().post("/api/enrolments").then().statusCode(201);
        register(familyId, "BEREAVED", mother, father);
        await(() -> enrolledFromEvents(mother) && enrolledFromEvents(father), "both parents insured");

        assertTrue(claim(mother.identityNumber(), "2022-06-10", Map.of("MEDICINE", "1280.50")).equals("APPROVED"));
        claim(mother.identityNumber(), "2022-06-20", Map.of("MEDICINE", "400.00", "NON_MEDICAL", "150.00"));
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", "H-ZHONGSHAN", "month", "2022-06"))
                .when().post("/api/payment-batches").then().statusCode(201);
        claim(mother.identityNumber(), "2022-07-05", Map.of("MEDICINE", "3000.00"));
        assertTrue(claim(mother.identityNumber(), "2022-07-15", Map.of("NON_MEDICAL", "150.00")).equals("REJECTED"));

        String body = given().auth().oauth2(Tokens.of("siming")).queryParam("year", 2022)
                .when().get("/api/families/" + familyId + "/insurance")
                .then().statusCode(200)
                .body("familyId", equalTo(familyId))
                .body("policyYear", equalTo(2022))
                .body("enrolled", equalTo(true))
                .body("reason", nullValue())
                .body("category", equalTo("BEREAVED"))
                .body("members", hasSize(2))
                // sorted by the first covered day: the mother since 2022, the father since his family's registration
                .body("members[0].relation", equalTo("MOTHER"))
                .body("members[0].name", equalTo("王**"))
                .body("members[0].source", equalTo("COORDINATOR"))
                .body("members[0].coveredFrom", equalTo("2022-01-01"))
                .body("members[0].insuredThisYear", equalTo(true))
                .body("members[0].subsidyCap", equalTo("90000.00"))
                .body("members[0].subsidyUsed", equalTo("4680.50"))
                .body("members[0].subsidyLeft", equalTo("85319.50"))
                .body("members[0].nursingDaysMax", equalTo(365))
                .body("members[0].claims.count", equalTo(4))
                .body("members[0].claims.byStatus.PAID", equalTo(2))
                .body("members[0].claims.byStatus.APPROVED", equalTo(1))
                .body("members[0].claims.byStatus.REJECTED", equalTo(1))
                .body("members[0].claims.approved", equalTo("4680.50"))
                .body("members[0].claims.paid", equalTo("1680.50"))
                .body("members[1].relation", equalTo("FATHER"))
                .body("members[1].name", nullValue())
                .body("members[1].coveredFrom", equalTo("2025-02-10"))
                .body("members[1].insuredThisYear", equalTo(false))
                .body("members[1].claims.count", equalTo(0))
                .body("members[1].claims.approved", equalTo("0.00"))
                .body("approvedTotal", equalTo("4680.50"))
                .body("paidTotal", equalTo("1680.50"))
                .extract().asString();
        assertTrue(!body.contains(mother.identityNumber()) && !body.contains(father.identityNumber())
                && !body.contains("identityNumber"), "never an identity number: " + body);

        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/families/" + familyId + "/insurance")
                .then().statusCode(200).body("members", hasSize(2)).body("members[0].claims.count", equalTo(0));
    }

    @Test
    void shouldAnswerAnotherDistrictsFamilyAsAbsentAndRefuseVolunteersAndHospitals() throws Exception {
        String familyId = UUID.randomUUID().toString();
        Member mother = member("MOTHER", Insured.newIdentityNumber());
        register(familyId, "BEREAVED", mother);
        await(() -> enrolledFromEvents(mother), "the mother is insured");

        given().auth().oauth2(Tokens.of("huli")).when().get("/api/families/" + familyId + "/insurance")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString(familyId))
                .body(not(containsString("members")));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/families/" + familyId + "/insurance")
                .then().statusCode(200).body("enrolled", equalTo(true)).body("members", hasSize(1));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/insurance")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/families/" + familyId + "/insurance")
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/families/" + familyId + "/insurance").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldSayWhyAFamilyIsNotInsured() throws Exception {
        String disabledChild = UUID.randomUUID().toString();
        register(disabledChild, "DISABLED_CHILD", member("MOTHER", Insured.newIdentityNumber()));
        String noParent = UUID.randomUUID().toString();
        register(noParent, "BEREAVED", member("OTHER", Insured.newIdentityNumber()));
        String closed = UUID.randomUUID().toString();
        Member closedMother = member("MOTHER", Insured.newIdentityNumber());
        register(closed, "BEREAVED", closedMother);
        await(() -> enrolledFromEvents(closedMother), "the mother is insured");
        family("family-closed", closed, Map.of("familyId", closed, "category", "BEREAVED", "districtCode", SIMING,
                "status", "MOVED_AWAY", "closedAt", "2025-04-01T02:00:00Z"));
        await(() -> known(disabledChild, "DISABLED_CHILD", true) && known(noParent, "BEREAVED", true)
                && known(closed, "BEREAVED", false), "the families are known");

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + disabledChild + "/insurance")
                .then().statusCode(200).body("enrolled", equalTo(false)).body("reason", equalTo("NOT_BEREAVED"))
                .body("category", equalTo("DISABLED_CHILD")).body("members", hasSize(0));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + noParent + "/insurance")
                .then().statusCode(200).body("enrolled", equalTo(false)).body("reason", equalTo("NO_INSURED_MEMBER"));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + closed + "/insurance")
                .then().statusCode(200).body("enrolled", equalTo(false)).body("reason", equalTo("FAMILY_CLOSED"))
                .body("members[0].coveredUntil", equalTo("2025-04-01"));

        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of("city")).when().get("/api/families/" + unknown + "/insurance")
                .then().statusCode(200).body("enrolled", equalTo(false)).body("reason", equalTo("FAMILY_NOT_KNOWN"))
                .body("category", nullValue()).body("approvedTotal", equalTo("0.00"));
        // a district coordinator cannot tell a family of another district from one not reported yet
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/families/" + unknown + "/insurance")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAYearOutsideThePolicyYearsNamingIt() {
        given().auth().oauth2(Tokens.of("city")).queryParam("year", 1999)
                .when().get("/api/families/" + UUID.randomUUID() + "/insurance")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("year"));
    }
}

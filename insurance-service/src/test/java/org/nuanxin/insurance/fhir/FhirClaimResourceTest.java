package org.nuanxin.insurance.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.enrolment.Insured;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Hospitals' claims as HL7 FHIR R4: a Claim built with HAPI in, a ClaimResponse read with HAPI's parser out. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FhirClaimResourceTest {

    private static final String FHIR = "application/fhir+json";
    private static final String PROBLEM = "application/problem+json";
    private static final IParser PARSER = FhirContext.forR4Cached().newJsonParser();

    private static String xianyue() {
        return Tokens.ofHospital("hospital-xianyue", "xianyue-secret");
    }

    private static Response post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(FHIR).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/claims");
    }

    private static Response post(Claim claim) {
        return post(xianyue(), UUID.randomUUID().toString(), PARSER.encodeResourceToString(claim));
    }

    private static ClaimResponse parse(Response response) {
        return PARSER.parseResource(ClaimResponse.class, response.then().contentType(startsWith(FHIR)).extract().asString());
    }

    private static BigDecimal amount(ClaimResponse.ItemComponent item, String category) {
        return item.getAdjudication().stream()
                .filter(a -> a.getCategory().getCodingFirstRep().getCode().equals(category))
                .findFirst().orElseThrow().getAmount().getValue();
    }

    private static BigDecimal total(ClaimResponse response, String category) {
        return response.getTotal().stream().filter(t -> t.getCategory().getCodingFirstRep().getCode().equals(category))
                .findFirst().orElseThrow().getAmount().getValue();
    }

    private static Claim standardClaim(String identityNumber) {
        Claim claim = FhirClaims.inpatient(FhirCodes.RESIDENT_ID, identityNumber);
        FhirClaims.item(claim, "MEDICINE", "XB01AC04", "阿司匹林肠溶片", "1280.50");
        FhirClaims.item(claim, "BED", "BED-01", "床位费", "400.00");
        return FhirClaims.item(claim, "NON_MEDICAL", "MEAL", "膳食", "150.00");
    }

    @Test
    void shouldAdjudicateAFhirClaimAndAnswerWithAClaimResponse() {
        Insured.Person person = Insured.enrol("2024-01-01");
        Response response = post(standardClaim(person.identityNumber()));
        response.then().statusCode(201);
        ClaimResponse claimResponse = parse(response);

        assertEquals(ClaimResponse.RemittanceOutcome.COMPLETE, claimResponse.getOutcome());
        assertEquals("PARTIALLY_APPROVED",
                ((CodeType) claimResponse.getExtensionByUrl(FhirCodes.CLAIM_STATUS_EXTENSION).getValue()).getValue());
        assertEquals(person.id(), claimResponse.getPatient().getIdentifier().getValue());
        assertEquals("H-XIANYUE", claimResponse.getRequestor().getIdentifier().getValue());
        assertEquals(3, claimResponse.getItem().size());
        ClaimResponse.ItemComponent medicine = claimResponse.getItem().get(0);
        assertEquals(1, medicine.getItemSequence());
        assertEquals(new BigDecimal("1280.50"), amount(medicine, "submitted"));
        assertEquals(new BigDecimal("1280.50"), amount(medicine, "eligible"));
        assertEquals(new BigDecimal("1280.50"), amount(medicine, "benefit"));
        ClaimResponse.ItemComponent meal = claimResponse.getItem().get(2);
        assertEquals(new BigDecimal("150.00"), amount(meal, "submitted"));
        assertEquals(new BigDecimal("0.00"), amount(meal, "eligible"));
        assertEquals(new BigDecimal("0.00"), amount(meal, "benefit"));
        assertEquals("NOT_COVERED_NON_MEDICAL", meal.getAdjudication().get(2).getReason().getCodingFirstRep().getCode());
        assertEquals("CNY", meal.getAdjudication().get(2).getAmount().getCurrency());
        int note = meal.getNoteNumber().get(0).getValue();
        assertEquals("第 3 项 NOT_COVERED_NON_MEDICAL：非医疗费用不在保障范围", claimResponse.getProcessNote().stream()
                .filter(n -> n.getNumber() == note).findFirst().orElseThrow().getText());
        assertEquals(new BigDecimal("3000.00"), claimResponse.getAddItemFirstRep().getNet().getValue());
        assertEquals(new BigDecimal("10"), claimResponse.getAddItemFirstRep().getQuantity().getValue());
        assertEquals(new BigDecimal("1830.50"), total(claimResponse, "submitted"));
        assertEquals(new BigDecimal("4680.50"), total(claimResponse, "benefit"));
        assertEquals("PARTIALLY_APPROVED：部分给付，申报 1830.50 元，给付 4680.50 元（医疗补助 1680.50 元，护理补贴 3000.00 元）",
                claimResponse.getDisposition());

        String claimId = claimResponse.getIdElement().getIdPart();
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025")
                .then().statusCode(200).body("subsidyUsed", equalTo("1680.50")).body("nursingDaysUsed", equalTo(10));
        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.of("org.nuanxin.insurance.claim-adjudicated.v1", claimId),
                    Duration.ofSeconds(20));
            assertEquals(1, events.size());
            assertEquals("PARTIALLY_APPROVED", CloudEvents.json(events.get(0)).get("outcome").asText());
            assertFalse(CloudEvents.data(events.get(0)).contains(person.identityNumber()), "no identity number in events");
        }
    }

    @Test
    void shouldAnswerARetryWithTheSameKeyWithTheSameClaimResponseAndNoSecondClaim() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String key = UUID.randomUUID().toString();
        String body = PARSER.encodeResourceToString(standardClaim(person.identityNumber()));
        String first = post(xianyue(), key, body).then().statusCode(201).extract().asString();
        String again = post(xianyue(), key, body).then().statusCode(201).extract().asString();
        assertEquals(first, again);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/coverage/" + person.id() + "?year=2025")
                .then().statusCode(200).body("nursingDaysUsed", equalTo(10));

        Claim other = standardClaim(person.identityNumber());
        FhirClaims.item(other, "MEDICINE", "X", "药", "2.00");
        post(xianyue(), key, PARSER.encodeResourceToString(other)).then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void shouldRequireAnIdempotencyKeyForAFhirClaimToo() {
        Insured.Person person = Insured.enrol("2024-01-01");
        post(xianyue(), null, PARSER.encodeResourceToString(standardClaim(person.identityNumber())))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void shouldShowAClaimAsAClaimResponseOnlyWhenAskedForFhir() {
        Insured.Person person = Insured.enrol("2024-01-01");
        String id = parse(post(standardClaim(person.identityNumber())).then().statusCode(201).extract().response())
                .getIdElement().getIdPart();

        ClaimResponse read = parse(given().auth().oauth2(xianyue()).accept(FHIR).when().get("/api/claims/" + id)
                .then().statusCode(200).extract().response());
        assertEquals(id, read.getIdentifierFirstRep().getValue());
        assertEquals(new BigDecimal("4680.50"), total(read, "benefit"));

        given().auth().oauth2(xianyue()).when().get("/api/claims/" + id)
                .then().statusCode(200).contentType(startsWith("application/json")).body("benefitAmount", equalTo("4680.50"));
        given().auth().oauth2(xianyue()).accept("*/*").when().get("/api/claims/" + id)
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().auth().oauth2(Tokens.ofHospital("hospital-zhongshan", "zhongshan-secret")).accept(FHIR)
                .when().get("/api/claims/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldSayPartialWhileAClaimWaitsForReview() {
        Insured.Person person = Insured.enrol("2024-01-01");
        Claim claim = FhirClaims.inpatient(FhirCodes.INSURED_PERSON, person.id());
        FhirClaims.item(claim, "SURGERY", "S1", "手术", "25000.00");
        ClaimResponse response = parse(post(claim).then().statusCode(201).extract().response());
        assertEquals(ClaimResponse.RemittanceOutcome.PARTIAL, response.getOutcome());
        assertEquals("PENDING_REVIEW",
                ((CodeType) response.getExtensionByUrl(FhirCodes.CLAIM_STATUS_EXTENSION).getValue()).getValue());
    }

    @Test
    void shouldNameTheFhirPathOfANegativeAmount() {
        Insured.Person person = Insured.enrol("2024-01-01");
        Claim claim = FhirClaims.inpatient(FhirCodes.INSURED_PERSON, person.id());
        FhirClaims.item(claim, "MEDICINE", "X", "药", "-1.00");
        post(claim).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("Claim.item[0].net.value"));
    }

    @Test
    void shouldNameTheFhirPathOfAnUnknownPatient() {
        Claim claim = FhirClaims.inpatient(FhirCodes.RESIDENT_ID, Insured.newIdentityNumber());
        FhirClaims.item(claim, "MEDICINE", "X", "药", "1.00");
        post(claim).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("Claim.patient.identifier.value"));
    }

    @Test
    void shouldNameTheFhirPathOfADischargeBeforeTheAdmission() {
        Insured.Person person = Insured.enrol("2024-01-01");
        Claim claim = FhirClaims.inpatient(FhirCodes.INSURED_PERSON, person.id());
        claim.getBillablePeriod().getEndElement().setValueAsString("2025-03-01");
        FhirClaims.item(claim, "MEDICINE", "X", "药", "1.00");
        post(claim).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("Claim.billablePeriod.end"));
    }

    @Test
    void shouldNameTheFhirPathOfAMalformedIcdCode() {
        Insured.Person person = Insured.enrol("2024-01-01");
        Claim claim = FhirClaims.inpatient(FhirCodes.INSURED_PERSON, person.id());
        claim.getDiagnosisFirstRep().getDiagnosisCodeableConcept().getCodingFirstRep().setCode("stroke");
        FhirClaims.item(claim, "MEDICINE", "X", "药", "1.00");
        post(claim).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("Claim.diagnosis[0].diagnosisCodeableConcept.coding.code"));
    }

    @Test
    void shouldNameTheFhirPathOfMissingItems() {
        Insured.Person person = Insured.enrol("2024-01-01");
        post(FhirClaims.inpatient(FhirCodes.INSURED_PERSON, person.id())).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("Claim.item"));
    }

    @Test
    void shouldRefuseAnotherResourceType() {
        post(xianyue(), UUID.randomUUID().toString(), PARSER.encodeResourceToString(new Patient()))
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("resourceType"));
    }

    @Test
    void shouldRefuseBrokenJson() {
        post(xianyue(), UUID.randomUUID().toString(), "{\"resourceType\": \"Claim\", ")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("Claim"));
    }

    @Test
    void shouldNameAnElementThatFhirR4ClaimDoesNotHave() {
        post(xianyue(), UUID.randomUUID().toString(), "{\"resourceType\": \"Claim\", \"amountTotal\": 5}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", containsString("amountTotal"));
    }

    @Test
    void shouldLetOnlyHospitalsSubmitFhirClaims() {
        given().auth().oauth2(Tokens.of("city")).contentType(FHIR).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"resourceType\": \"Claim\"}").when().post("/api/claims")
                .then().statusCode(403).contentType(PROBLEM);
    }
}

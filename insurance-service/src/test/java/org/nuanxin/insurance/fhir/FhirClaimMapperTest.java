package org.nuanxin.insurance.fhir;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.insurance.claim.CareSetting;
import org.nuanxin.insurance.claim.ItemCategory;
import org.nuanxin.insurance.claim.SubmitClaimRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FhirClaimMapperTest {

    private static final String PERSON = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    private static Claim claim() {
        Claim claim = FhirClaims.inpatient(FhirCodes.INSURED_PERSON, PERSON);
        FhirClaims.item(claim, "MEDICINE", "XB01AC04", "阿司匹林肠溶片", "1280.50");
        return FhirClaims.item(claim, "NON_MEDICAL", "MEAL", "膳食", "150.00");
    }

    private static String fieldOf(Claim claim) {
        ProblemException problem = assertThrows(ProblemException.class, () -> FhirClaimMapper.map(claim));
        assertEquals(400, problem.status());
        return problem.violations().get(0).field();
    }

    @Test
    void shouldReadEveryFieldOfTheJsonRequestFromTheFhirClaim() {
        SubmitClaimRequest request = FhirClaimMapper.map(claim()).request();
        assertEquals(UUID.fromString(PERSON), request.patient().insuredPersonId());
        assertNull(request.patient().identityNumber());
        assertEquals(CareSetting.INPATIENT, request.setting());
        assertEquals(LocalDate.of(2025, 3, 2), request.admissionDate());
        assertEquals(LocalDate.of(2025, 3, 11), request.dischargeDate());
        assertEquals(10, request.inpatientDays());
        assertEquals(List.of("I63.9"), request.diagnosisCodes());
        assertEquals(List.of(new SubmitClaimRequest.Item("XB01AC04", "阿司匹林肠溶片", ItemCategory.MEDICINE, "1280.50"),
                new SubmitClaimRequest.Item("MEAL", "膳食", ItemCategory.NON_MEDICAL, "150.00")), request.items());
        assertEquals(List.of(new SubmitClaimRequest.Attachment("DISCHARGE_SUMMARY", "出院小结.pdf", null)),
                request.attachments());
    }

    @Test
    void shouldTakeTheIdentityNumberFromAResidentIdIdentifier() {
        Claim claim = FhirClaims.inpatient(FhirCodes.RESIDENT_ID, "350203195803150022");
        FhirClaims.item(claim, "MEDICINE", "X", "药", "1.00");
        SubmitClaimRequest.Patient patient = FhirClaimMapper.map(claim).request().patient();
        assertEquals("350203195803150022", patient.identityNumber());
        assertNull(patient.insuredPersonId());
    }

    @Test
    void shouldMakeAnAmbulatoryClaimAnOutpatientOneWithNoDays() {
        Claim claim = claim();
        claim.setSubType(new CodeableConcept(new Coding(FhirCodes.ACT_CODE, FhirCodes.AMBULATORY, null)));
        claim.getSupportingInfo().remove(0);
        SubmitClaimRequest request = FhirClaimMapper.map(claim).request();
        assertEquals(CareSetting.OUTPATIENT, request.setting());
        assertEquals(0, request.inpatientDays());
    }

    @Test
    void shouldNameTheFhirPathOfEachMappedField() {
        FhirClaimMapper.Mapped mapped = FhirClaimMapper.map(claim());
        assertEquals("Claim.item[1].net.value", mapped.fhirPath("items[1].amount"));
        assertEquals("Claim.item[0].category", mapped.fhirPath("items[0].category"));
        assertEquals("Claim.billablePeriod.end", mapped.fhirPath("dischargeDate"));
        assertEquals("Claim.supportingInfo[0].valueQuantity.value", mapped.fhirPath("inpatientDays"));
        assertEquals("Claim.diagnosis[0].diagnosisCodeableConcept.coding.code", mapped.fhirPath("diagnosisCodes[0]"));
        assertEquals("Claim.patient.identifier.value", mapped.fhirPath("patient.identityNumber"));
        assertEquals("Claim.supportingInfo[1].valueAttachment.title", mapped.fhirPath("attachments[0].fileName"));
        assertEquals("Idempotency-Key", mapped.fhirPath("Idempotency-Key"));
        assertEquals("Claim.item[0]", mapped.fhirPath("items[0].somethingElse"));
        assertEquals("Claim", mapped.fhirPath("nothingKnown"));
    }

    @Test
    void shouldRefuseAPatientWithoutAnIdentifier() {
        Claim claim = claim();
        claim.getPatient().setIdentifier(null);
        assertEquals("Claim.patient.identifier", fieldOf(claim));
    }

    @Test
    void shouldRefuseAPatientIdentifierOfAnotherSystem() {
        Claim claim = claim();
        claim.getPatient().getIdentifier().setSystem("urn:oid:1.2.3");
        assertEquals("Claim.patient.identifier.system", fieldOf(claim));
    }

    @Test
    void shouldRefuseAnInsuredPersonIdThatIsNoUuid() {
        Claim claim = claim();
        claim.getPatient().getIdentifier().setValue("P-123");
        assertEquals("Claim.patient.identifier.value", fieldOf(claim));
    }

    @Test
    void shouldRefuseAnEncounterClassOtherThanInpatientOrAmbulatory() {
        Claim claim = claim();
        claim.setSubType(new CodeableConcept(new Coding(FhirCodes.ACT_CODE, "HH", null)));
        assertEquals("Claim.subType.coding.code", fieldOf(claim));
    }

    @Test
    void shouldRefuseFractionalInpatientDays() {
        Claim claim = claim();
        claim.getSupportingInfo().get(0).setValue(new Quantity().setValue(2.5));
        assertEquals("Claim.supportingInfo[0].valueQuantity.value", fieldOf(claim));
    }

    @Test
    void shouldRefuseADiagnosisWithoutAnIcd10Coding() {
        Claim claim = claim();
        claim.getDiagnosisFirstRep().setDiagnosis(new CodeableConcept(new Coding("http://snomed.info/sct", "230690007", null)));
        assertEquals("Claim.diagnosis[0].diagnosisCodeableConcept.coding", fieldOf(claim));
    }

    @Test
    void shouldRefuseAnAmountInAnotherCurrency() {
        Claim claim = claim();
        claim.getItem().get(1).getNet().setCurrency("USD");
        assertEquals("Claim.item[1].net.currency", fieldOf(claim));
    }

    @Test
    void shouldRefuseAnUnknownItemCategory() {
        Claim claim = claim();
        claim.getItem().get(0).setCategory(new CodeableConcept(new Coding(FhirCodes.ITEM_CATEGORY, "SPA", null)));
        assertEquals("Claim.item[0].category.coding.code", fieldOf(claim));
    }
}

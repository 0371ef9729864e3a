package org.nuanxin.insurance.fhir;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

import java.math.BigDecimal;
import java.util.Date;

/** Test fixture: a hospital's claim built with HAPI's R4 model, as a hospital system would build it. */
final class FhirClaims {

    private FhirClaims() {
    }

    /** An in-patient stay 2025-03-02 to 2025-03-11, 10 days, I63.9, no items yet. */
    static Claim inpatient(String patientSystem, String patientValue) {
        Claim claim = new Claim();
        claim.setStatus(Claim.ClaimStatus.ACTIVE);
        claim.setType(new CodeableConcept(new Coding(FhirCodes.CLAIM_TYPE, "institutional", null)));
        claim.setSubType(new CodeableConcept(new Coding(FhirCodes.ACT_CODE, FhirCodes.INPATIENT, "inpatient encounter")));
        claim.setUse(Claim.Use.CLAIM);
        claim.setPatient(new Reference().setIdentifier(new Identifier().setSystem(patientSystem).setValue(patientValue)));
        claim.setBillablePeriod(new Period().setStartElement(new DateTimeType("2025-03-02"))
                .setEndElement(new DateTimeType("2025-03-11")));
        claim.setCreated(new Date());
        claim.setProvider(new Reference().setIdentifier(new Identifier().setSystem(FhirCodes.HOSPITAL).setValue("H-XIANYUE")));
        claim.setPriority(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal", null)));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference().setDisplay("暖心行动综合医疗保险"));
        claim.addSupportingInfo().setSequence(1)
                .setCategory(new CodeableConcept(new Coding(FhirCodes.INFORMATION_CATEGORY, FhirCodes.HOSPITALIZED, null)))
                .setTiming(claim.getBillablePeriod().copy())
                .setValue(new Quantity().setValue(10).setUnit("d").setSystem(FhirCodes.UCUM).setCode("d"));
        claim.addSupportingInfo().setSequence(2)
                .setCategory(new CodeableConcept(new Coding(FhirCodes.INFORMATION_CATEGORY, FhirCodes.ATTACHMENT, null)))
                .setCode(new CodeableConcept(new Coding(null, "DISCHARGE_SUMMARY", null)))
                .setValue(new Attachment().setTitle("出院小结.pdf"));
        claim.addDiagnosis().setSequence(1)
                .setDiagnosis(new CodeableConcept(new Coding(FhirCodes.ICD10, "I63.9", "脑梗死")));
        return claim;
    }

    static Claim item(Claim claim, String category, String code, String description, String amount) {
        Money net = new Money();
        net.setValue(new BigDecimal(amount));
        net.setCurrency("CNY");
        CodeableConcept product = new CodeableConcept(new Coding(null, code, description));
        product.setText(description);
        claim.addItem().setSequence(claim.getItem().size() + 1)
                .setCategory(new CodeableConcept(new Coding(FhirCodes.ITEM_CATEGORY, category, null)))
                .setProductOrService(product)
                .setNet(net);
        return claim;
    }
}

package org.nuanxin.insurance.fhir;

import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.nuanxin.insurance.claim.CareSetting;
import org.nuanxin.insurance.claim.ClaimView;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A claim's adjudication as a FHIR R4 ClaimResponse: per item the adjudications {@code submitted},
 * {@code eligible} and {@code benefit} with the rule as the reason and its explanation as a process note; the
 * nursing allowance as an added item per policy year; the claim-level rules as notes; totals; and the service's own
 * status in {@code disposition} and an extension.
 */
public final class FhirClaimResponseMapper {

    private FhirClaimResponseMapper() {
    }

    public static ClaimResponse map(ClaimView claim) {
        ClaimResponse response = new ClaimResponse();
        response.setId(claim.id().toString());
        response.addIdentifier(new Identifier().setSystem(FhirCodes.CLAIM_ID).setValue(claim.id().toString()));
        response.setStatus(ClaimResponse.ClaimResponseStatus.ACTIVE);
        response.setType(new CodeableConcept(new Coding(FhirCodes.CLAIM_TYPE, "institutional", "Institutional")));
        response.setSubType(new CodeableConcept(claim.setting() == CareSetting.INPATIENT
                ? new Coding(FhirCodes.ACT_CODE, FhirCodes.INPATIENT, "inpatient encounter")
                : new Coding(FhirCodes.ACT_CODE, FhirCodes.AMBULATORY, "ambulatory")));
        response.setUse(ClaimResponse.Use.CLAIM);
        response.setPatient(new Reference().setIdentifier(
                new Identifier().setSystem(FhirCodes.INSURED_PERSON).setValue(claim.insuredPersonId().toString())));
        response.setCreated(Date.from(claim.submittedAt().toInstant()));
        response.setInsurer(new Reference().setDisplay("厦门市计划生育协会 暖心行动 综合医疗保险"));
        response.setRequestor(new Reference().setIdentifier(
                new Identifier().setSystem(FhirCodes.HOSPITAL).setValue(claim.hospitalId())));
        response.setOutcome(outcome(claim));
        response.setDisposition(disposition(claim));
        response.addExtension(FhirCodes.CLAIM_STATUS_EXTENSION, new CodeType(claim.status().name()));

        int note = 0;
        for (ClaimView.ItemView item : claim.items()) {
            note++;
            ClaimResponse.ItemComponent adjudicated = response.addItem().setItemSequence(item.lineNo());
            adjudicated.addAdjudication(adjudication("submitted", item.submitted()));
            adjudicated.addAdjudication(adjudication("eligible", item.eligible()));
            adjudicated.addAdjudication(adjudication("benefit", item.benefit())
                    .setReason(new CodeableConcept(new Coding(FhirCodes.RULE, item.rule().name(), item.explanation()))));
            adjudicated.addNoteNumber(note);
            response.addProcessNote().setNumber(note).setType(Enumerations.NoteType.DISPLAY)
                    .setText("第 " + item.lineNo() + " 项 " + item.rule().name() + "：" + item.explanation());
        }
        for (ClaimView.NursingView nursing : claim.nursing()) {
            note++;
            ClaimResponse.AddedItemComponent added = response.addAddItem();
            added.setProductOrService(new CodeableConcept(new Coding(FhirCodes.BENEFIT, "NURSING_ALLOWANCE",
                    "住院护理补贴 " + nursing.policyYear() + " 年度")));
            added.setQuantity(new Quantity().setValue(nursing.daysPaid()).setUnit("d").setSystem(FhirCodes.UCUM)
                    .setCode("d"));
            added.setNet(money(nursing.allowance()));
            added.addAdjudication(adjudication("benefit", nursing.allowance()));
            added.addNoteNumber(note);
            response.addProcessNote().setNumber(note).setType(Enumerations.NoteType.DISPLAY)
                    .setText(nursing.policyYear() + " 年度住院 " + nursing.daysClaimed() + " 天，给付 "
                            + nursing.daysPaid() + " 天护理补贴 " + nursing.allowance() + " 元");
        }
        for (ClaimView.ExplanationView explanation : claim.explanations()) {
            note++;
            response.addProcessNote().setNumber(note).setType(Enumerations.NoteType.DISPLAY)
                    .setText(explanation.rule().name() + "：" + explanation.message());
        }

        response.addTotal().setCategory(category("submitted")).setAmount(money(claim.claimedAmount()));
        response.addTotal().setCategory(category("eligible")).setAmount(money(claim.eligibleAmount()));
        response.addTotal().setCategory(category("benefit")).setAmount(money(claim.benefitAmount()));
        return response;
    }

    /**
     * FHIR's outcome is about processing, not payment: every decided claim is {@code complete} (also a rejected
     * one: it was processed, and pays nothing); a claim still waiting for a coordinator is {@code partial}.
     */
    static ClaimResponse.RemittanceOutcome outcome(ClaimView claim) {
        return switch (claim.status()) {
            case PENDING_REVIEW, AWAITING_SECOND_APPROVAL -> ClaimResponse.RemittanceOutcome.PARTIAL;
            default -> ClaimResponse.RemittanceOutcome.COMPLETE;
        };
    }

    static String disposition(ClaimView claim) {
        String what = switch (claim.status()) {
            case APPROVED -> "全额给付";
            case PARTIALLY_APPROVED -> "部分给付";
            case REJECTED -> "不予给付";
            case PENDING_REVIEW -> "待协调员复核";
            case AWAITING_SECOND_APPROVAL -> "待第二位协调员批准";
            case PAID -> "已支付";
        };
        return claim.status().name() + "：" + what + "，申报 " + claim.claimedAmount() + " 元，给付 "
                + claim.benefitAmount() + " 元（医疗补助 " + claim.medicalBenefit() + " 元，护理补贴 "
                + claim.nursingAllowance() + " 元）";
    }

    private static ClaimResponse.AdjudicationComponent adjudication(String category, String amount) {
        return new ClaimResponse.AdjudicationComponent().setCategory(category(category)).setAmount(money(amount));
    }

    private static CodeableConcept category(String code) {
        return new CodeableConcept(new Coding(FhirCodes.ADJUDICATION, code, null));
    }

    private static Money money(String yuan) {
        Money money = new Money();
        money.setValue(new BigDecimal(yuan));
        money.setCurrency(FhirCodes.CURRENCY);
        return money;
    }
}

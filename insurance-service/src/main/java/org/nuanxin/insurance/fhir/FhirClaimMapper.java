package org.nuanxin.insurance.fhir;

import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Quantity;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.insurance.claim.CareSetting;
import org.nuanxin.insurance.claim.ItemCategory;
import org.nuanxin.insurance.claim.SubmitClaimRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a FHIR R4 Claim into the same {@link SubmitClaimRequest} the JSON API takes, so both are adjudicated by the
 * one ClaimService. It remembers where in the Claim each field came from, so a problem found later (by bean
 * validation or by the service) names the FHIR path the hospital sent, not the internal field.
 */
public final class FhirClaimMapper {

    /** The request and, for each of its fields ({@code items[0].amount}), the FHIR path it came from. */
    public record Mapped(SubmitClaimRequest request, Map<String, String> paths) {

        /** The FHIR path of a request field, or of its nearest enclosing field; {@code Claim} at worst. */
        public String fhirPath(String field) {
            String candidate = field == null ? "" : field;
            while (!candidate.isEmpty()) {
                String path = paths.get(candidate);
                if (path != null) {
                    return path;
                }
                int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
                if (cut <= 0) {
                    break;
                }
                candidate = candidate.substring(0, cut);
            }
            return "Claim";
        }
    }

    private FhirClaimMapper() {
    }

    public static Mapped map(Claim claim) {
        Map<String, String> paths = new HashMap<>();
        paths.put("Idempotency-Key", "Idempotency-Key");

        paths.put("patient", "Claim.patient.identifier");
        paths.put("patient.insuredPersonId", "Claim.patient.identifier.value");
        paths.put("patient.identityNumber", "Claim.patient.identifier.value");
        SubmitClaimRequest.Patient patient = patient(claim);

        paths.put("setting", "Claim.subType");
        CareSetting setting = setting(claim.getSubType());

        paths.put("admissionDate", "Claim.billablePeriod.start");
        paths.put("dischargeDate", "Claim.billablePeriod.end");
        LocalDate admission = claim.getBillablePeriod().hasStart()
                ? date(claim.getBillablePeriod().getStartElement(), "Claim.billablePeriod.start") : null;
        LocalDate discharge = claim.getBillablePeriod().hasEnd()
                ? date(claim.getBillablePeriod().getEndElement(), "Claim.billablePeriod.end") : null;

        Integer inpatientDays = setting == CareSetting.OUTPATIENT ? Integer.valueOf(0) : null;
        paths.put("inpatientDays", "Claim.supportingInfo.where(category.coding.code='hospitalized').valueQuantity");
        List<SubmitClaimRequest.Attachment> attachments = new ArrayList<>();
        paths.put("attachments", "Claim.supportingInfo");
        for (int i = 0; i < claim.getSupportingInfo().size(); i++) {
            Claim.SupportingInformationComponent info = claim.getSupportingInfo().get(i);
            String at = "Claim.supportingInfo[" + i + "]";
            if (hasCode(info.getCategory(), FhirCodes.INFORMATION_CATEGORY, FhirCodes.HOSPITALIZED)) {
                paths.put("inpatientDays", at + ".valueQuantity.value");
                inpatientDays = days(info, at);
            } else if (hasCode(info.getCategory(), FhirCodes.INFORMATION_CATEGORY, FhirCodes.ATTACHMENT)) {
                String field = "attachments[" + attachments.size() + "]";
                paths.put(field, at);
                paths.put(field + ".kind", at + ".code");
                paths.put(field + ".fileName", at + ".valueAttachment.title");
                String kind = info.getCode().getCodingFirstRep().getCode();
                attachments.add(new SubmitClaimRequest.Attachment(kind != null ? kind : info.getCode().getText(),
                        info.hasValueAttachment() ? info.getValueAttachment().getTitle() : null, null));
            }
        }

        paths.put("diagnosisCodes", "Claim.diagnosis");
        List<String> diagnoses = new ArrayList<>();
        for (int i = 0; i < claim.getDiagnosis().size(); i++) {
            String at = "Claim.diagnosis[" + i + "].diagnosisCodeableConcept";
            Claim.DiagnosisComponent diagnosis = claim.getDiagnosis().get(i);
            Optional<Coding> icd = diagnosis.hasDiagnosisCodeableConcept()
                    ? coding(diagnosis.getDiagnosisCodeableConcept(), FhirCodes.ICD10) : Optional.empty();
            if (icd.isEmpty()) {
                throw ProblemException.invalidField(at + ".coding",
                        "须有 system 为 " + FhirCodes.ICD10 + " 的 ICD-10 编码");
            }
            paths.put("diagnosisCodes[" + i + "]", at + ".coding.code");
            diagnoses.add(icd.get().getCode());
        }

        paths.put("items", "Claim.item");
        List<SubmitClaimRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < claim.getItem().size(); i++) {
            items.add(item(claim.getItem().get(i), "Claim.item[" + i + "]", "items[" + i + "]", paths));
        }

        SubmitClaimRequest request = new SubmitClaimRequest(patient, setting, admission, discharge, inpatientDays,
                diagnoses, items, attachments);
        return new Mapped(request, Map.copyOf(paths));
    }

    private static SubmitClaimRequest.Patient patient(Claim claim) {
        if (!claim.getPatient().hasIdentifier()) {
            throw ProblemException.invalidField("Claim.patient.identifier", "请用 identifier 指明患者：system 为 "
                    + FhirCodes.RESIDENT_ID + "（身份证号）或 " + FhirCodes.INSURED_PERSON + "（参保人编号）");
        }
        Identifier identifier = claim.getPatient().getIdentifier();
        if (!identifier.hasValue()) {
            throw ProblemException.invalidField("Claim.patient.identifier.value", "请填写患者标识");
        }
        if (FhirCodes.RESIDENT_ID.equals(identifier.getSystem())) {
            return new SubmitClaimRequest.Patient(null, identifier.getValue());
        }
        if (FhirCodes.INSURED_PERSON.equals(identifier.getSystem())) {
            try {
                return new SubmitClaimRequest.Patient(UUID.fromString(identifier.getValue()), null);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("Claim.patient.identifier.value", "参保人编号须为 UUID");
            }
        }
        throw ProblemException.invalidField("Claim.patient.identifier.system",
                "须为 " + FhirCodes.RESIDENT_ID + " 或 " + FhirCodes.INSURED_PERSON);
    }

    private static CareSetting setting(CodeableConcept subType) {
        Optional<Coding> act = coding(subType, FhirCodes.ACT_CODE);
        if (act.isEmpty()) {
            return null;
        }
        return switch (String.valueOf(act.get().getCode())) {
            case FhirCodes.INPATIENT -> CareSetting.INPATIENT;
            case FhirCodes.AMBULATORY -> CareSetting.OUTPATIENT;
            default -> throw ProblemException.invalidField("Claim.subType.coding.code",
                    "须为 " + FhirCodes.INPATIENT + "（住院）或 " + FhirCodes.AMBULATORY + "（门诊）");
        };
    }

    private static LocalDate date(BaseDateTimeType value, String path) {
        String text = value.getValueAsString();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(path, "须为精确到日的日期，如 2025-03-02");
        }
    }

    private static Integer days(Claim.SupportingInformationComponent info, String at) {
        if (!info.hasValueQuantity() || !info.getValueQuantity().hasValue()) {
            throw ProblemException.invalidField(at + ".valueQuantity.value", "请以 valueQuantity 填写住院天数");
        }
        Quantity quantity = info.getValueQuantity();
        try {
            return quantity.getValue().intValueExact();
        } catch (ArithmeticException e) {
            throw ProblemException.invalidField(at + ".valueQuantity.value", "住院天数须为整数");
        }
    }

    private static SubmitClaimRequest.Item item(Claim.ItemComponent item, String at, String field,
                                                Map<String, String> paths) {
        paths.put(field, at);
        paths.put(field + ".category", at + ".category");
        paths.put(field + ".code", at + ".productOrService.coding.code");
        paths.put(field + ".description", at + ".productOrService.text");
        paths.put(field + ".amount", at + ".net.value");
        ItemCategory category = null;
        Optional<Coding> categoryCode = coding(item.getCategory(), FhirCodes.ITEM_CATEGORY);
        if (categoryCode.isPresent()) {
            try {
                category = ItemCategory.valueOf(String.valueOf(categoryCode.get().getCode()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(at + ".category.coding.code",
                        "须为 MEDICINE、EXAMINATION、TREATMENT、SURGERY、BED 或 NON_MEDICAL");
            }
        }
        CodeableConcept product = item.getProductOrService();
        String description = product.hasText() ? product.getText() : product.getCodingFirstRep().getDisplay();
        String amount = null;
        if (item.hasNet()) {
            Money net = item.getNet();
            if (net.hasCurrency() && !FhirCodes.CURRENCY.equals(net.getCurrency())) {
                throw ProblemException.invalidField(at + ".net.currency", "金额须以人民币（CNY）计");
            }
            BigDecimal value = net.getValue();
            amount = value == null ? null : value.toPlainString();
        }
        return new SubmitClaimRequest.Item(product.getCodingFirstRep().getCode(), description, category, amount);
    }

    private static boolean hasCode(CodeableConcept concept, String system, String code) {
        return coding(concept, system).map(c -> code.equals(c.getCode())).orElse(false);
    }

    private static Optional<Coding> coding(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem())).findFirst();
    }
}

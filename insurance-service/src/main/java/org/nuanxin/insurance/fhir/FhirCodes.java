package org.nuanxin.insurance.fhir;

/**
 * The identifier systems and code systems of the FHIR interface. The HL7 ones are the standard's; the nuanxin.org
 * ones are this programme's own and are listed in the README's integration guide.
 */
public final class FhirCodes {

    /** A resident identity number (居民身份证号), as a patient identifier. */
    public static final String RESIDENT_ID = "https://nuanxin.org/fhir/sid/resident-id";
    /** The insured person's id the association gives hospitals. */
    public static final String INSURED_PERSON = "https://nuanxin.org/fhir/sid/insured-person";
    /** A partner hospital's id (the token's hospital_id). */
    public static final String HOSPITAL = "https://nuanxin.org/fhir/sid/hospital";
    /** This service's claim id. */
    public static final String CLAIM_ID = "https://nuanxin.org/fhir/sid/claim";
    /** The cost categories MEDICINE … NON_MEDICAL. */
    public static final String ITEM_CATEGORY = "https://nuanxin.org/fhir/CodeSystem/item-category";
    /** The adjudication rules (ELIGIBLE, CAPPED_AT_REMAINING_SUBSIDY …). */
    public static final String RULE = "https://nuanxin.org/fhir/CodeSystem/adjudication-rule";
    /** The programme's benefits that are not hospital cost lines: the nursing allowance. */
    public static final String BENEFIT = "https://nuanxin.org/fhir/CodeSystem/benefit";
    /** The claim's status in this service (APPROVED, PENDING_REVIEW …), as an extension of the ClaimResponse. */
    public static final String CLAIM_STATUS_EXTENSION = "https://nuanxin.org/fhir/StructureDefinition/claim-status";

    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String INPATIENT = "IMP";
    public static final String AMBULATORY = "AMB";
    public static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    public static final String INFORMATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/claiminformationcategory";
    public static final String HOSPITALIZED = "hospitalized";
    public static final String ATTACHMENT = "attachment";
    public static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    public static final String CURRENCY = "CNY";
    public static final String UCUM = "http://unitsofmeasure.org";

    private FhirCodes() {
    }
}

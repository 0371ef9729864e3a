package org.nuanxin.insurance.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hospital's claim and its adjudication; items in {@link ClaimLine}, changes in {@link ClaimHistory}. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public CareSetting setting;

    @Column(name = "admission_date")
    public LocalDate admissionDate;

    @Column(name = "discharge_date")
    public LocalDate dischargeDate;

    @Column(name = "inpatient_days")
    public int inpatientDays;

    /** Comma-separated ICD-10 codes. */
    @Column(name = "diagnosis_codes")
    public String diagnosisCodes;

    /** The attachments' metadata as JSON. */
    public String attachments;

    /** The policy year the medical subsidy is charged to: the discharge date's. */
    @Column(name = "policy_year")
    public int policyYear;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @Column(name = "claimed_amount")
    public BigDecimal claimedAmount;

    @Column(name = "eligible_amount")
    public BigDecimal eligibleAmount;

    @Column(name = "medical_benefit")
    public BigDecimal medicalBenefit;

    @Column(name = "nursing_days_paid")
    public int nursingDaysPaid;

    @Column(name = "nursing_allowance")
    public BigDecimal nursingAllowance;

    /** The claim-level rule explanations as JSON. */
    public String explanations;

    /** Nursing days claimed and paid per policy year, as JSON. */
    @Column(name = "nursing_by_year")
    public String nursingByYear;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "payment_batch_id")
    public UUID paymentBatchId;
}

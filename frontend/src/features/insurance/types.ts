/** insurance-service as the coordinators' screens use it. Money is yuan as a decimal string ("1280.50"). */

export const CLAIM_STATUSES = ['PENDING_REVIEW', 'AWAITING_SECOND_APPROVAL', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The demo's partner hospitals (the `hospital_id` their client credentials carry). */
export const HOSPITALS = ['H-XIANYUE', 'H-ZHONGSHAN', 'H-FIRST'] as const;

export const DECISIONS = ['APPROVE', 'ADJUST', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface ClaimSummary {
  id: string;
  hospitalId: string;
  insuredPersonId: string;
  status: ClaimStatus;
  admissionDate: string;
  dischargeDate: string;
  claimedAmount: string;
  benefitAmount: string;
  submittedAt: string;
}

export interface Claim extends ClaimSummary {
  setting: 'OUTPATIENT' | 'INPATIENT';
  inpatientDays: number;
  diagnosisCodes: string[];
  policyYear: number;
  eligibleAmount: string;
  medicalBenefit: string;
  nursingDaysPaid: number;
  nursingAllowance: string;
  duplicateOf: string | null;
  items: {
    lineNo: number;
    code: string;
    description: string;
    category: string;
    submitted: string;
    eligible: string;
    benefit: string;
    rule: string;
    explanation: string;
  }[];
  nursing: { policyYear: number; daysClaimed: number; daysPaid: number; allowance: string }[];
  explanations: { rule: string; message: string }[];
}

export interface ClaimHistoryEntry {
  at: string;
  actor: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  reason: string | null;
}

export interface ReviewRequest {
  decision: Decision;
  medicalBenefit?: string;
  reason?: string;
}

export interface BenefitRules {
  policyYear: number;
  annualPremiumPerPerson: string;
  medicalSubsidyCapPerYear: string;
  nursingAllowancePerInpatientDay: string;
  maxNursingDaysPerYear: number;
}

export interface PremiumTotals {
  year: number;
  insuredPersons: number;
  annualPremiumPerPerson: string;
  premiumDue: string;
  budget: string | null;
  remaining: string | null;
  overrun: string | null;
}

export interface PaymentBatch {
  id: string;
  hospitalId: string;
  month: string;
  claimCount: number;
  total: string;
  claimIds: string[];
  createdAt: string;
  createdBy: string;
}

/** A row of `GET /api/payment-batches`: the batch without its claims. */
export type PaymentBatchSummary = Omit<PaymentBatch, 'claimIds'>;

package org.nuanxin.insurance.claim;

public enum ClaimStatus {
    APPROVED,
    PARTIALLY_APPROVED,
    REJECTED,
    /** A rule asked for a human: benefit above the review threshold, or a suspected duplicate. */
    PENDING_REVIEW,
    /** Approved once by a coordinator; above the second-approval threshold another coordinator must approve too. */
    AWAITING_SECOND_APPROVAL,
    /** Paid to the hospital in a monthly payment batch. */
    PAID
}

package org.nuanxin.insurance.events;

import java.util.UUID;

/** {@code org.nuanxin.insurance.claim-reviewed.v1}, key = claim id: a coordinator's decision. Amounts in yuan. */
public record ClaimReviewed(UUID claimId, String hospitalId, String decision, String fromStatus, String toStatus,
                            String medicalBenefit, String nursingAllowance, String benefitAmount, String reviewedBy,
                            String reason) {

    public static final String TYPE = "org.nuanxin.insurance.claim-reviewed.v1";
}

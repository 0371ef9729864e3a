package org.nuanxin.insurance.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code org.nuanxin.insurance.claim-adjudicated.v1}, key = claim id: the automatic decision on receipt, with the
 * rules that shaped it. Amounts in yuan as decimal strings.
 */
public record ClaimAdjudicated(UUID claimId, String hospitalId, UUID insuredPersonId, int policyYear, String outcome,
                               String claimedAmount, String eligibleAmount, String medicalBenefit,
                               int nursingDaysPaid, String nursingAllowance, String benefitAmount,
                               UUID duplicateOf, List<String> rules) {

    public static final String TYPE = "org.nuanxin.insurance.claim-adjudicated.v1";
}

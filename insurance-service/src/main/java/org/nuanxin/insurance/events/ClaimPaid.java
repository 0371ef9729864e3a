package org.nuanxin.insurance.events;

import java.util.UUID;

/** {@code org.nuanxin.insurance.claim-paid.v1}, key = claim id: paid in a monthly batch. Amount in yuan. */
public record ClaimPaid(UUID claimId, String hospitalId, UUID paymentBatchId, String month, String amount) {

    public static final String TYPE = "org.nuanxin.insurance.claim-paid.v1";
}

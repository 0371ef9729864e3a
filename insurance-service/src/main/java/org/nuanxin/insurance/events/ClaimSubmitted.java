package org.nuanxin.insurance.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.insurance.claim-submitted.v1}, key = claim id. Amounts in yuan; no identity number. */
public record ClaimSubmitted(UUID claimId, String hospitalId, UUID insuredPersonId, String setting,
                             LocalDate admissionDate, LocalDate dischargeDate, int inpatientDays,
                             String claimedAmount, OffsetDateTime submittedAt) {

    public static final String TYPE = "org.nuanxin.insurance.claim-submitted.v1";
}

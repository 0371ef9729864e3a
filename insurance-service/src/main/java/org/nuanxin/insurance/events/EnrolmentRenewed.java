package org.nuanxin.insurance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.insurance.enrolment-renewed.v1}, key = insured person id: the person is insured for
 * {@code policyYear} too, by the yearly renewal. No name, no identity number.
 */
public record EnrolmentRenewed(UUID personId, UUID familyId, int policyYear, OffsetDateTime renewedAt) {

    public static final String TYPE = "org.nuanxin.insurance.enrolment-renewed.v1";
}

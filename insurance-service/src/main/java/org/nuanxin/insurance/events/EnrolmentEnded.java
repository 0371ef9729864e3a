package org.nuanxin.insurance.events;

import java.time.LocalDate;
import java.util.UUID;

/** {@code org.nuanxin.insurance.enrolment-ended.v1}, key = insured person id: cover ends on {@code coveredUntil}. */
public record EnrolmentEnded(UUID personId, UUID familyId, LocalDate coveredUntil, String reason) {

    public static final String TYPE = "org.nuanxin.insurance.enrolment-ended.v1";
}

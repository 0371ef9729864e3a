package org.nuanxin.insurance.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.insurance.enrolled.v1}, key = insured person id. No name, no identity number. */
public record Enrolled(UUID personId, UUID familyId, LocalDate coveredFrom, OffsetDateTime enrolledAt) {

    public static final String TYPE = "org.nuanxin.insurance.enrolled.v1";
}

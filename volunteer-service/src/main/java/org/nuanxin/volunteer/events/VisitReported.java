package org.nuanxin.volunteer.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.visit-reported.v1}; key = task id. Published in the transaction that completes a
 * HOME_VISIT or PHONE_CONTACT task; family-service records it as a contact. {@code kind} is HOME_VISIT or PHONE_CALL;
 * {@code contactedAt} the verified check-in (or the report's time for a call without one); {@code durationMinutes}
 * from the verified check-in to check-out. The notes stay in volunteer-service.
 */
public record VisitReported(UUID reportId, UUID taskId, UUID familyId, String districtCode, UUID volunteerId,
                            String kind, OffsetDateTime contactedAt, int durationMinutes, String location,
                            int wellbeing, List<String> needsObserved, String followUp, LocalDate followUpDue) {

    public static final String TYPE = "org.nuanxin.volunteer.visit-reported.v1";
}

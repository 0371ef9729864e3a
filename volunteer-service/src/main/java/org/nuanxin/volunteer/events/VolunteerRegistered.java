package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.volunteer-registered.v1} on topic {@code volunteer.events}, key = volunteer id.
 * Carries no name and no phone: consumers match skills and districts to needs, they never contact from it.
 */
public record VolunteerRegistered(UUID volunteerId, String kind, String districtCode, List<String> skills,
                                  List<String> qualifications, List<String> dialects, String status,
                                  OffsetDateTime registeredAt) {

    public static final String TYPE = "org.nuanxin.volunteer.volunteer-registered.v1";
}

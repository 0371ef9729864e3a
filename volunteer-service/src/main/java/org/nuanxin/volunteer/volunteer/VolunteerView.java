package org.nuanxin.volunteer.volunteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A member of the corps as coordinators see it: phone masked. */
public record VolunteerView(UUID id, String name, String phoneMasked, String districtCode, String districtName,
                            VolunteerKind kind, List<Skill> skills, List<String> qualifications,
                            List<String> dialects, VolunteerStatus status, OffsetDateTime registeredAt) {
}

package org.nuanxin.volunteer.matching;

import org.nuanxin.volunteer.volunteer.AvailabilitySlot;
import org.nuanxin.volunteer.volunteer.Skill;

import java.util.Set;
import java.util.UUID;

/**
 * What matching knows of an eligible volunteer (active, free during the window, has not declined the task).
 *
 * @param load tasks they hold within the load horizon around the window
 */
public record CandidateFacts(UUID volunteerId, String name, Set<Skill> skills, Set<String> dialects,
                             Set<AvailabilitySlot> availability, Double latitude, Double longitude, int load) {
}

package org.nuanxin.volunteer.matching;

import org.nuanxin.volunteer.volunteer.AvailabilitySlot;
import org.nuanxin.volunteer.volunteer.Skill;

import java.util.Set;

/**
 * What a task asks of a volunteer, as matching sees it.
 *
 * @param slots the weekly slots (day, part of day, Xiamen time) the task window touches
 */
public record TaskNeeds(Set<Skill> skills, Set<AvailabilitySlot> slots, Double latitude, Double longitude,
                        String preferredDialect) {
}

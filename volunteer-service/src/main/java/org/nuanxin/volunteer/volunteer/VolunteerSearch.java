package org.nuanxin.volunteer.volunteer;

/** The filters of the volunteer list; each may be null. */
public record VolunteerSearch(String q, String districtCode, Skill skill, VolunteerStatus status, int page, int size) {
}

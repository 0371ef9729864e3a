package org.nuanxin.volunteer.volunteer;

/** Which of the three teams (三支队伍) a person belongs to. */
public enum VolunteerKind {
    /** 志愿者 of the 金色阳光 brigade. */
    VOLUNTEER,
    /** 社工 of a partner organisation, bought in as a government-purchased service. */
    SOCIAL_WORKER,
    /** 项目人员 of the association. */
    PROJECT_STAFF
}

package org.nuanxin.volunteer.volunteer;

import java.util.EnumSet;
import java.util.Set;

/** Where a person stands in the corps: applicant → active → suspended or left. Only coordinators change it. */
public enum VolunteerStatus {
    /** Registered, not yet trained and confirmed by the association. */
    APPLICANT,
    /** Serves: may be matched to tasks and earns service hours. */
    ACTIVE,
    /** Paused by a coordinator (e.g. a complaint under review); gets no new tasks. */
    SUSPENDED,
    /** Left the corps; the record and its hours stay for the national record. */
    LEFT;

    /** The statuses this one may change to. Leaving is final: a returning member applies again. */
    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(ACTIVE, LEFT);
            case ACTIVE -> EnumSet.of(SUSPENDED, LEFT);
            case SUSPENDED -> EnumSet.of(ACTIVE, LEFT);
            case LEFT -> EnumSet.noneOf(VolunteerStatus.class);
        };
    }

    public boolean mayBecome(VolunteerStatus status) {
        return next().contains(status);
    }
}

package org.nuanxin.volunteer.volunteer;

/** Where a person stands in the corps. */
public enum VolunteerStatus {
    /** Registered, not yet trained and confirmed by the association. */
    APPLICANT,
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}

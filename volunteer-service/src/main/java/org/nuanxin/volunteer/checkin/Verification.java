package org.nuanxin.volunteer.checkin;

/** How a check-in on a task must be verified. */
public enum Verification {
    /** The rotating code held by the family or site. */
    CODE,
    /** The volunteer's position within the radius of the task's place. */
    POSITION,
    /** Either one. */
    CODE_OR_POSITION
}

package org.nuanxin.volunteer.task;

import java.util.EnumSet;
import java.util.Set;

/** OPEN → ASSIGNED → ACCEPTED → CHECKED_IN → COMPLETED; CANCELLED from any state before check-in. */
public enum TaskStatus {
    /** Waiting for a volunteer (new, or declined). */
    OPEN,
    ASSIGNED,
    ACCEPTED,
    /** The volunteer is on it: check-in verified. */
    CHECKED_IN,
    COMPLETED,
    CANCELLED;

    /** States in which the task holds its volunteer's time: the ones double-booking is checked against. */
    public static final Set<TaskStatus> HOLDING = EnumSet.of(ASSIGNED, ACCEPTED, CHECKED_IN);

    public static final String HOLDING_SQL = "'ASSIGNED', 'ACCEPTED', 'CHECKED_IN'";
}

package org.nuanxin.carehome.activity;

public enum RegistrationStatus {
    /** Holds a place within capacity. */
    REGISTERED,
    /** Beyond capacity; promoted in order when a place frees. */
    WAITLISTED,
    /** Not registered, let in at the door and recorded at roll call. */
    WALK_IN,
    CANCELLED
}

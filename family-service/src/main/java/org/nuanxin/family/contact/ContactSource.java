package org.nuanxin.family.contact;

/** Who reported a contact. */
public enum ContactSource {
    /** The family's liaison (or a coordinator) entered it. */
    LIAISON,
    /** A volunteer's visit report, received from volunteer-service. */
    VOLUNTEER
}

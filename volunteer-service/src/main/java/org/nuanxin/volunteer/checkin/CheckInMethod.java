package org.nuanxin.volunteer.checkin;

/** What verified a check-in. */
public enum CheckInMethod {
    CODE, POSITION
}

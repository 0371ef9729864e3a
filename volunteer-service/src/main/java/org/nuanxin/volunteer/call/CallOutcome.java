package org.nuanxin.volunteer.call;

/** What came of one call. Only NO_ANSWER puts the entry back in the queue. */
public enum CallOutcome {
    REACHED, NO_ANSWER, WRONG_NUMBER, REFUSED, NEEDS_FOLLOW_UP
}

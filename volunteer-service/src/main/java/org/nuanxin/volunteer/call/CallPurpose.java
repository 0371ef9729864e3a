package org.nuanxin.volunteer.call;

public enum CallPurpose {
    /** 关怀问候: is everyone all right? */
    WELFARE_CHECK,
    /** 提醒: an appointment, a renewal, an event. */
    REMINDER,
    /** 调查: a short survey. */
    SURVEY
}

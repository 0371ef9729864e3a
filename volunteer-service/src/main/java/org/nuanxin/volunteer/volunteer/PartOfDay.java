package org.nuanxin.volunteer.volunteer;

import java.time.LocalTime;

/** A part of the day in which a volunteer is usually free, in Xiamen's local time. */
public enum PartOfDay {
    /** 上午, before noon. */
    MORNING,
    /** 下午, noon to six. */
    AFTERNOON,
    /** 晚上, from six. */
    EVENING;

    public static PartOfDay of(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return MORNING;
        }
        return time.isBefore(LocalTime.of(18, 0)) ? AFTERNOON : EVENING;
    }
}

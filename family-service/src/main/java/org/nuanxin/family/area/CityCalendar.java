package org.nuanxin.family.area;

import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar of the families served: ages, contract validity and anniversaries count in Xiamen's days. */
public final class CityCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CityCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}

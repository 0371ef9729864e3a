package org.nuanxin.volunteer.hours;

import java.util.List;

/** A volunteer's star level (星级) from their cumulative verified hours: the highest threshold reached. */
public final class StarLevels {

    private static final List<String> NAMES = List.of("未定级", "一星", "二星", "三星", "四星", "五星", "六星", "七星");

    private final List<Integer> thresholdsHours;

    public StarLevels(List<Integer> thresholdsHours) {
        for (int i = 1; i < thresholdsHours.size(); i++) {
            if (thresholdsHours.get(i) <= thresholdsHours.get(i - 1)) {
                throw new IllegalArgumentException("star thresholds must ascend: " + thresholdsHours);
            }
        }
        if (thresholdsHours.size() >= NAMES.size()) {
            throw new IllegalArgumentException("at most " + (NAMES.size() - 1) + " star levels");
        }
        this.thresholdsHours = List.copyOf(thresholdsHours);
    }

    /** 0 (none) to the number of thresholds. */
    public int level(long minutes) {
        int level = 0;
        while (level < thresholdsHours.size() && minutes >= thresholdsHours.get(level) * 60L) {
            level++;
        }
        return level;
    }

    public static String name(int level) {
        return NAMES.get(level);
    }

    /** Hours at which the next level is reached; null at the top. */
    public Integer nextThresholdHours(long minutes) {
        int level = level(minutes);
        return level == thresholdsHours.size() ? null : thresholdsHours.get(level);
    }
}

package org.nuanxin.family.needs;

/** China's disability grades (残疾等级), level 1 the most severe. */
public enum DisabilityLevel {
    NONE, LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4;

    /** Levels 1 and 2 (重度残疾). */
    public boolean severe() {
        return this == LEVEL_1 || this == LEVEL_2;
    }
}

package org.nuanxin.family.remembrance;

public enum RemembranceKind {
    /** 孩子的忌日 */
    CHILD_DEATH_ANNIVERSARY,
    /** 孩子的生日 */
    CHILD_BIRTHDAY,
    /** Another day that weighs on the parents (a festival, a wedding anniversary…) */
    OTHER
}

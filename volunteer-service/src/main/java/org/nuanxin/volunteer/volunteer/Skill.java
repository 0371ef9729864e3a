package org.nuanxin.volunteer.volunteer;

/** What a person can do for a family; the support plans ask for these. */
public enum Skill {
    /** 走访慰问 */
    HOME_VISIT,
    /** 电话联络 */
    PHONE_CONTACT,
    /** 陪同就医 */
    ACCOMPANY_TO_HOSPITAL,
    /** 代办跑腿 */
    ERRAND,
    /** 心理疏导 */
    PSYCHOLOGICAL_SUPPORT,
    /** 活动保障 */
    EVENT_SUPPORT,
    /** 护理照料 */
    NURSING,
    /** 法律援助 */
    LEGAL;

    /** The names as a regular expression, for validating the {@code skill} query parameter. */
    public static final String NAMES = "HOME_VISIT|PHONE_CONTACT|ACCOMPANY_TO_HOSPITAL|ERRAND|PSYCHOLOGICAL_SUPPORT"
            + "|EVENT_SUPPORT|NURSING|LEGAL";
}

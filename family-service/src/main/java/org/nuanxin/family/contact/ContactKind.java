package org.nuanxin.family.contact;

public enum ContactKind {
    /** 电话联系 */
    PHONE_CALL,
    /** 入户走访: face to face, counts for the monthly and yearly visit cadence */
    HOME_VISIT
}

package org.nuanxin.family.guardian;

public enum GuardianRelationship {
    /** 亲属 */
    RELATIVE,
    /** 邻居 */
    NEIGHBOUR,
    /** 计生协代表 */
    ASSOCIATION_REPRESENTATIVE,
    /** 社区/村委会 */
    COMMUNITY_COMMITTEE,
    OTHER
}

package org.nuanxin.carehome.partner;

/** What kind of body works with a site; only social organisations count towards the standard. */
public enum PartnerKind {
    /** 社会组织 */
    SOCIAL_ORGANISATION,
    /** 爱心企业 */
    ENTERPRISE,
    /** 合作医院 */
    HOSPITAL
}

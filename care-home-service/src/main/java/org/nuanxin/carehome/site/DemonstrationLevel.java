package org.nuanxin.carehome.site;

/** Whether a site has been named a demonstration site (示范点), and by whom. */
public enum DemonstrationLevel {
    NONE,
    /** 街道级示范点 */
    STREET,
    /** 区级示范点 */
    DISTRICT
}

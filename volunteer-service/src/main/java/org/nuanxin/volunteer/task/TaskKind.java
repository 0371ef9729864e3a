package org.nuanxin.volunteer.task;

import org.nuanxin.volunteer.volunteer.Skill;

/** What a task asks of a volunteer; each kind needs the skill of the same name. */
public enum TaskKind {
    HOME_VISIT(Skill.HOME_VISIT, "HOME_VISIT", "入户走访"),
    PHONE_CONTACT(Skill.PHONE_CONTACT, "PHONE_CALL", "电话联络"),
    ACCOMPANY_TO_HOSPITAL(Skill.ACCOMPANY_TO_HOSPITAL, null, "陪诊"),
    ERRAND(Skill.ERRAND, null, "代办跑腿"),
    PSYCHOLOGICAL_SUPPORT(Skill.PSYCHOLOGICAL_SUPPORT, null, "心理疏导"),
    EVENT_SUPPORT(Skill.EVENT_SUPPORT, null, "活动保障");

    private final Skill skill;
    private final String contactKind;
    private final String label;

    TaskKind(Skill skill, String contactKind, String label) {
        this.skill = skill;
        this.contactKind = contactKind;
        this.label = label;
    }

    /** The name the association uses, e.g. 陪诊. */
    public String label() {
        return label;
    }

    public Skill skill() {
        return skill;
    }

    /** Completing a task of this kind needs a visit report, which family-service records as a contact. */
    public boolean needsReport() {
        return contactKind != null;
    }

    /** The contact kind family-service records for the report: HOME_VISIT or PHONE_CALL; null if none. */
    public String contactKind() {
        return contactKind;
    }

    /** A visit in person: check-in must be verified on site before completion. */
    public boolean isOnSite() {
        return this != PHONE_CONTACT;
    }
}

package org.nuanxin.volunteer.expert;

/** What an expert gives the families ("双百": 100 lectures and 100 free clinics a year, plus consultations). */
public enum ExpertOffer {
    /** 暖心大学堂 lectures. */
    LECTURE,
    /** 义诊 free clinics at the grassroots. */
    FREE_CLINIC,
    /** One-to-one consultations. */
    CONSULTATION
}

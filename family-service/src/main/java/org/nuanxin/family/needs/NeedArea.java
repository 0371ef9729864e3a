package org.nuanxin.family.needs;

/** The areas a family's needs are assessed in (精准帮扶). */
public enum NeedArea {
    MEDICAL, PSYCHOLOGICAL, DAILY_CARE, FINANCIAL, SOCIAL, HOUSING, LEGAL
}

package org.nuanxin.volunteer.report;

/** The areas of need a visit may reveal; the same names as family-service's needs assessment. */
public enum NeedArea {
    MEDICAL, PSYCHOLOGICAL, DAILY_CARE, FINANCIAL, SOCIAL, HOUSING, LEGAL
}

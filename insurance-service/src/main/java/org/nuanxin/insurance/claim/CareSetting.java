package org.nuanxin.insurance.claim;

/** 门诊 or 住院: only an in-patient stay earns the nursing allowance and bed costs. */
public enum CareSetting {
    OUTPATIENT,
    INPATIENT
}

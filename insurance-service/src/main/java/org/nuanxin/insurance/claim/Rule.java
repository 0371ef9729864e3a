package org.nuanxin.insurance.claim;

/** The rule that decided an item or a part of a claim; named in every explanation. */
public enum Rule {
    ELIGIBLE,
    NOT_COVERED_NON_MEDICAL,
    NOT_COVERED_BED_OUTPATIENT,
    CAPPED_AT_REMAINING_SUBSIDY,
    SUBSIDY_EXHAUSTED,
    NURSING_ALLOWANCE,
    NURSING_DAYS_CAPPED,
    OUTSIDE_COVERAGE,
    DUPLICATE_SUSPECTED,
    ABOVE_REVIEW_THRESHOLD
}

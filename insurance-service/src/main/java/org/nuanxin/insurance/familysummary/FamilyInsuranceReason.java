package org.nuanxin.insurance.familysummary;

/** Why a family has no member covered today. */
public enum FamilyInsuranceReason {
    /** family-service has not reported the family (or not yet) and no coordinator enrolled a member of it. */
    FAMILY_NOT_KNOWN,
    /** The insurance is for bereaved (失独) families; family-service reports another category. */
    NOT_BEREAVED,
    /** family-service closed the family; every cover ended that day. */
    FAMILY_CLOSED,
    /** A bereaved family without an active parent in its member list, and no one enrolled by hand. */
    NO_INSURED_MEMBER,
    /** Members were insured, and every cover has ended. */
    COVER_ENDED
}

package org.nuanxin.family.family;

/** Why a family is in the programme. */
public enum FamilyCategory {
    /** 失独: the only child has died. */
    BEREAVED,
    /** 伤残: the only child is severely disabled. */
    DISABLED_CHILD
}

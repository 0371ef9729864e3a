package org.nuanxin.family.family;

/** A member's place in the family. */
public enum Relation {
    FATHER, MOTHER, OTHER
}

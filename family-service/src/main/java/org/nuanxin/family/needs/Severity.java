package org.nuanxin.family.needs;

/** How pressing a need is. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}

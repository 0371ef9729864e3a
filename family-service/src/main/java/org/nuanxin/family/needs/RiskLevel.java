package org.nuanxin.family.needs;

/** A family's risk, derived by {@link RiskRules} from its members and its latest needs assessment. */
public enum RiskLevel {
    UNASSESSED, LOW, MEDIUM, HIGH
}

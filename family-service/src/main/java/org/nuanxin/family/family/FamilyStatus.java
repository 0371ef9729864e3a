package org.nuanxin.family.family;

public enum FamilyStatus {
    ACTIVE, MOVED_AWAY, CLOSED, DECEASED_HOUSEHOLD
}

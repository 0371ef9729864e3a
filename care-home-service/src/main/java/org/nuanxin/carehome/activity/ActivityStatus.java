package org.nuanxin.carehome.activity;

public enum ActivityStatus {
    SCHEDULED, HELD, CANCELLED
}

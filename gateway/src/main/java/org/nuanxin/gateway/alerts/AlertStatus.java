package org.nuanxin.gateway.alerts;

public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}

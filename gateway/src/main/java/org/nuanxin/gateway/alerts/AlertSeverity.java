package org.nuanxin.gateway.alerts;

public enum AlertSeverity {
    WARNING,
    HIGH,
    CRITICAL
}

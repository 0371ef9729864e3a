package org.nuanxin.gateway.alerts;

/**
 * What an alert is about and the severity it is raised with; each kind but {@link #DEAD_LETTER} has one rule in
 * {@link AlertRules}.
 */
public enum AlertKind {
    /** An active family not called or visited within the contact cadence (the subject is the family). */
    CONTACT_OVERDUE(AlertSeverity.WARNING),
    /** A family assessed at high risk without a home visit within its shorter cadence (the family). */
    HIGH_RISK_NOT_VISITED(AlertSeverity.CRITICAL),
    /** A warm-home site below its standard (the site). */
    SITE_BELOW_STANDARD(AlertSeverity.HIGH),
    /** A claim waiting for a coordinator's review longer than allowed (the claim). */
    CLAIM_REVIEW_OVERDUE(AlertSeverity.HIGH),
    /** An event some consumer could not apply and parked on a dead-letter topic (city-wide; see {@link DeadLetterAlerts}). */
    DEAD_LETTER(AlertSeverity.HIGH);

    private final AlertSeverity severity;

    AlertKind(AlertSeverity severity) {
        this.severity = severity;
    }

    public AlertSeverity severity() {
        return severity;
    }
}

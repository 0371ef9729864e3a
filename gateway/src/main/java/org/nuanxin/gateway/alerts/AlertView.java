package org.nuanxin.gateway.alerts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An alert as coordinators see it. {@code subjectId} is the family, site or claim it is about (no personal
 * information; the screen links to the record, whose own service decides who may open it).
 */
public record AlertView(
        UUID id,
        AlertKind kind,
        AlertSeverity severity,
        @Schema(description = "null for an alert about no one district (a dead-lettered event)", example = "350203",
                nullable = true) String districtCode,
        UUID subjectId,
        AlertStatus status,
        OffsetDateTime raisedAt,
        @Schema(description = "null until someone acknowledges it", example = "siming", nullable = true)
        String acknowledgedBy,
        @Schema(description = "null until someone acknowledges it", nullable = true) OffsetDateTime acknowledgedAt,
        @Schema(description = "null until resolved; system when its cause cleared", example = "siming", nullable = true)
        String resolvedBy,
        @Schema(description = "null until resolved", nullable = true) OffsetDateTime resolvedAt,
        @Schema(description = "null until resolved", example = "已电话联系，下周入户", nullable = true) String resolution,
        @Schema(description = "For a dead-lettered event: where it was parked and why; null for other alerts",
                example = "family.events → dead-letter-topic-family-events@12: unknown district 350299",
                nullable = true) String details,
        @Schema(description = "The number of the alert's latest change in the live stream", example = "1207") long seq) {

    static AlertView of(Alert alert) {
        return new AlertView(alert.id, alert.kind, alert.severity, alert.districtCode, alert.subjectId, alert.status,
                alert.raisedAt, alert.acknowledgedBy, alert.acknowledgedAt, alert.resolvedBy, alert.resolvedAt,
                alert.resolution, alert.details, alert.feedSeq);
    }
}

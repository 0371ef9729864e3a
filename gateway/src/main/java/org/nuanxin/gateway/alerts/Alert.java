package org.nuanxin.gateway.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A supervision alert: raised by a rule, acknowledged and resolved by a coordinator (or resolved when it clears). */
@Entity
@Table(name = "supervision_alert")
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AlertKind kind;

    @Enumerated(EnumType.STRING)
    public AlertSeverity severity;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public String resolution;

    /** For a dead-lettered event: where it was parked and why. */
    public String details;

    @Column(name = "quiet_until")
    public OffsetDateTime quietUntil;

    @Column(name = "feed_seq")
    public long feedSeq;
}

package org.nuanxin.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request to correct a volunteer's hours; credited only when a coordinator approves it. */
@Entity
@Table(name = "hour_correction")
public class HourCorrection extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "task_id")
    public UUID taskId;

    public int minutes;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public long version;
}

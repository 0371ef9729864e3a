package org.nuanxin.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nuanxin.volunteer.task.TaskKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the service-hour ledger; see V1_5__service_hours.sql. Rows are never changed, only added. */
@Entity
@Table(name = "service_hour_entry")
public class ServiceHourEntry extends PanacheEntityBase {

    public enum Source {
        /** A verified check-in/check-out pair on a task. */
        CHECK_IN,
        /** A correction a coordinator approved. */
        CORRECTION
    }

    @Id
    public UUID id;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "task_id")
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_kind")
    public TaskKind taskKind;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** Negative for a correction that takes hours away. */
    public int minutes;

    @Column(name = "credited_at")
    public OffsetDateTime creditedAt;

    @Column(name = "correction_id")
    public UUID correctionId;
}

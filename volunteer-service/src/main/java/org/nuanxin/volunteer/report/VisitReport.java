package org.nuanxin.volunteer.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A visit or call report; see V1_6__visit_reports.sql. */
@Entity
@Table(name = "visit_report")
public class VisitReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    /** HOME_VISIT or PHONE_CALL, as family-service names contact kinds. */
    public String kind;

    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String location;

    public int wellbeing;

    @ElementCollection
    @CollectionTable(name = "visit_report_need", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    public Set<NeedArea> needsObserved = EnumSet.noneOf(NeedArea.class);

    @Column(name = "notes_enc")
    public String notesEncrypted;

    @Column(name = "follow_up_enc")
    public String followUpEncrypted;

    @Column(name = "follow_up_due")
    public LocalDate followUpDue;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;
}

package org.nuanxin.family.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.nuanxin.family.needs.NeedArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A phone call or home visit to a family, as its liaison recorded it. */
@Entity
@Table(name = "family_contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    @Enumerated(EnumType.STRING)
    public ContactKind kind;

    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;

    /** The worker who called or visited. */
    @Column(name = "contacted_by")
    public String contactedBy;

    /** The user who entered it. */
    @Column(name = "recorded_by")
    public String recordedBy;

    public String location;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    /** 1 (very low) to 5 (good): how the parents seemed. */
    public Integer wellbeing;

    @Column(name = "notes_enc")
    public String notesEncrypted;

    @Column(name = "follow_up_enc")
    public String followUpEncrypted;

    @Column(name = "follow_up_due")
    public LocalDate followUpDue;

    @Column(name = "follow_up_done_at")
    public OffsetDateTime followUpDoneAt;

    @Column(name = "follow_up_done_by")
    public String followUpDoneBy;

    /** When the follow-up-overdue event went out; it goes out once. */
    @Column(name = "follow_up_overdue_announced_at")
    public OffsetDateTime followUpOverdueAnnouncedAt;

    /** The needs the visitor noticed, in the order given. */
    @ElementCollection
    @CollectionTable(name = "family_contact_need", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    public List<NeedArea> needsObserved = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ContactSource source = ContactSource.LIAISON;

    /** The volunteer-service task whose visit report this is; at most one contact per task. */
    @Column(name = "volunteer_task_id")
    public UUID volunteerTaskId;

    public boolean hasOpenFollowUp() {
        return followUpDue != null && followUpDoneAt == null;
    }
}

package org.nuanxin.family.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
}

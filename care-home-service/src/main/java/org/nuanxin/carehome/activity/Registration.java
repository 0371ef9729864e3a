package org.nuanxin.carehome.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A family's place at an activity, its attendance and its feedback. */
@Entity
@Table(name = "activity_registration")
public class Registration extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Order of arrival, which decides the waitlist. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "family_id")
    public UUID familyId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "attended_at")
    public OffsetDateTime attendedAt;

    /** 1 (very unhappy) to 5 (very satisfied). */
    public Integer satisfaction;

    public String feedback;
}

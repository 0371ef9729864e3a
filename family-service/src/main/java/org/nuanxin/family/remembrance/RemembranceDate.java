package org.nuanxin.family.remembrance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A yearly date that weighs on a family, to be remembered by those who care for it. */
@Entity
@Table(name = "remembrance_date")
public class RemembranceDate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    @Enumerated(EnumType.STRING)
    public RemembranceKind kind;

    public int month;

    public int day;

    @Column(name = "label_enc")
    public String labelEncrypted;

    @Column(name = "remind_days_before")
    public int remindDaysBefore;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    @Column(name = "added_by")
    public String addedBy;

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }
}

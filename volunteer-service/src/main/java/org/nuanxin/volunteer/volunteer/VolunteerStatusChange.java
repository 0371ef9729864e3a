package org.nuanxin.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a member's status, with who made it and why. */
@Entity
@Table(name = "volunteer_status_change")
public class VolunteerStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public VolunteerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public VolunteerStatus toStatus;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}

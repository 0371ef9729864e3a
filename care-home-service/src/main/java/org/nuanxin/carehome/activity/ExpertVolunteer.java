package org.nuanxin.carehome.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An expert volunteer assigned to a free clinic. */
@Entity
@Table(name = "activity_expert_volunteer")
@IdClass(ExpertVolunteer.Key.class)
public class ExpertVolunteer extends PanacheEntityBase {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "assigned_by")
    public String assignedBy;

    public record Key(UUID activityId, UUID volunteerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

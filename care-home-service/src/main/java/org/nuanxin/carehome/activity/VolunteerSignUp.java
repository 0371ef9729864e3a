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

/** A volunteer signed up to help at an activity, known by their account as volunteer-service knows them. */
@Entity
@Table(name = "volunteer_signup")
@IdClass(VolunteerSignUp.Key.class)
public class VolunteerSignUp extends PanacheEntityBase {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Id
    public String username;

    @Column(name = "signed_up_at")
    public OffsetDateTime signedUpAt;

    public record Key(UUID activityId, String username) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

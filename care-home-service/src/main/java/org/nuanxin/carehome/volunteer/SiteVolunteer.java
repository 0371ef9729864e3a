package org.nuanxin.carehome.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A regular volunteer (固定志愿者) of a site. */
@Entity
@Table(name = "site_volunteer")
@IdClass(SiteVolunteer.Key.class)
public class SiteVolunteer extends PanacheEntityBase {

    @Id
    @Column(name = "site_id")
    public UUID siteId;

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "attached_at")
    public OffsetDateTime attachedAt;

    @Column(name = "attached_by")
    public String attachedBy;

    public record Key(UUID siteId, UUID volunteerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

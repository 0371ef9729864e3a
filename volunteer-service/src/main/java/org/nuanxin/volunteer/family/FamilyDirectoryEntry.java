package org.nuanxin.volunteer.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service knows of a family, from family-service's events: its id, district, category and status.
 * No names, no addresses; tasks carry what a volunteer needs, entered by the coordinator.
 */
@Entity
@Table(name = "family_directory")
public class FamilyDirectoryEntry extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "district_code")
    public String districtCode;

    public String category;

    /** ACTIVE, or how the family's record was closed (MOVED_AWAY, CLOSED, DECEASED_HOUSEHOLD). */
    public String status;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}

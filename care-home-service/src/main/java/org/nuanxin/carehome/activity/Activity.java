package org.nuanxin.carehome.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An activity at a site. */
@Entity
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "district_code")
    public String districtCode;

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public int capacity;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    /** Volunteer ids of the experts at a free clinic, comma-separated; null for other kinds. */
    @Column(name = "expert_ids")
    public String expertIds;

    /** Meals the canteen served that day; only canteen meals have it. */
    @Column(name = "meals_served")
    public Integer mealsServed;

    @Column(name = "held_at")
    public OffsetDateTime heldAt;

    @Column(name = "scheduled_by")
    public String scheduledBy;

    @Version
    public long version;

    public List<UUID> experts() {
        return expertIds == null ? List.of() : Arrays.stream(expertIds.split(",")).map(UUID::fromString).toList();
    }
}

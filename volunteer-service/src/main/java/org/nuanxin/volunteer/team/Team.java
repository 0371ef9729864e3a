package org.nuanxin.volunteer.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A team of the corps: one per warm-home site in its district, or a city-wide team (no district). */
@Entity
public class Team extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** Null for a city-wide team. */
    @Column(name = "district_code")
    public String districtCode;

    /** The warm-home site (暖心家园) the team serves, if it is a site team. */
    @Column(name = "site_name")
    public String siteName;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "volunteer_id")
    public Set<UUID> memberIds = new HashSet<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}

package org.nuanxin.carehome.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A 暖心家园 warm-home site in a street of a district. */
@Entity
public class Site extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "district_code")
    public String districtCode;

    public String street;

    public String address;

    @Column(name = "opening_hours")
    public String openingHours;

    /** The site's signature way of working, e.g. 三三制; null when it has none yet. */
    @Column(name = "featured_practice")
    public String featuredPractice;

    @Enumerated(EnumType.STRING)
    @Column(name = "demonstration_level")
    public DemonstrationLevel demonstrationLevel;

    public Double latitude;

    public Double longitude;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "opened_by")
    public String openedBy;

    @Version
    public long version;
}

package org.nuanxin.carehome.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A family served by a site (one site at a time). */
@Entity
@Table(name = "site_family")
public class SiteFamily extends PanacheEntityBase {

    @Id
    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;

    @Column(name = "joined_by")
    public String joinedBy;
}

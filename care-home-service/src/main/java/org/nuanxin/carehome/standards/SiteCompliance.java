package org.nuanxin.carehome.standards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A site's standing against the standard as last measured. */
@Entity
@Table(name = "site_compliance")
public class SiteCompliance extends PanacheEntityBase {

    @Id
    @Column(name = "site_id")
    public UUID siteId;

    public boolean compliant;

    @Column(name = "regular_volunteers")
    public int regularVolunteers;

    @Column(name = "partner_organisations")
    public int partnerOrganisations;

    /** Activities held in {@link #activitiesMonth}, the last full month before the day measured. */
    public int activities;

    /** As {@code 2026-10}. */
    @Column(name = "activities_month")
    public String activitiesMonth;

    /** The last time the site was measured meeting the standard; null if it never has. */
    @Column(name = "last_met_at")
    public OffsetDateTime lastMetAt;

    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;
}

package org.nuanxin.carehome.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation working with a site under an agreement (合作协议). */
@Entity
@Table(name = "site_partner")
public class SitePartner extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id")
    public UUID siteId;

    public String name;

    @Enumerated(EnumType.STRING)
    public PartnerKind kind;

    /** What the agreement covers, e.g. 每月两次上门心理疏导. */
    public String agreement;

    @Column(name = "agreement_from")
    public LocalDate agreementFrom;

    /** The last day the agreement holds; null while it runs without an end. */
    @Column(name = "agreement_until")
    public LocalDate agreementUntil;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    @Column(name = "added_by")
    public String addedBy;

    public boolean inForceOn(LocalDate day) {
        return !agreementFrom.isAfter(day) && (agreementUntil == null || !agreementUntil.isBefore(day));
    }
}

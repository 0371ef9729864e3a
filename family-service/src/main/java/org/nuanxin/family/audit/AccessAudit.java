package org.nuanxin.family.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One read of a full family record: who, when, which family, why. Never updated, never deleted. */
@Entity
@Table(name = "access_audit")
public class AccessAudit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    public String actor;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "district_code")
    public String districtCode;

    public String purpose;
}

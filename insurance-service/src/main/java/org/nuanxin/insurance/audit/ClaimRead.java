package org.nuanxin.insurance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One full read of a claim: who, as which client, when, in which form. Never updated, never deleted. */
@Entity
@Table(name = "claim_read_audit")
public class ClaimRead extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    public String actor;

    @Column(name = "actor_roles")
    public String actorRoles;

    /** The OIDC client the token was issued to ({@code azp}): a hospital's system, or the web app. */
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "claim_id")
    public UUID claimId;

    /** {@code JSON} or {@code FHIR}. */
    public String representation;
}

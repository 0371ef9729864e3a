package org.nuanxin.insurance.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A state change of a claim: who made it, when and why. */
@Entity
@Table(name = "claim_history")
public class ClaimHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public UUID claimId;

    public OffsetDateTime at;

    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ClaimStatus toStatus;

    public String reason;
}

package org.nuanxin.insurance.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hospital's Idempotency-Key: IN_PROGRESS while its claim is processed (by the request holding
 * {@link #reservation}), DONE with the response to replay.
 */
@Entity
@Table(name = "claim_idempotency")
@IdClass(ClaimIdempotency.Key.class)
public class ClaimIdempotency extends PanacheEntityBase {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";

    public record Key(String hospitalId, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "hospital_id")
    public String hospitalId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** SHA-256 of the request body as parsed, so reformatted JSON of the same claim is the same request. */
    @Column(name = "request_hash")
    public String requestHash;

    public String state;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The request that holds the key while it is IN_PROGRESS; only that request can complete it. */
    public UUID reservation;
}

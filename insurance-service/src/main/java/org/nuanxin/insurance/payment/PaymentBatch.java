package org.nuanxin.insurance.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "payment_batch")
public class PaymentBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "hospital_id")
    public String hospitalId;

    /** {@code yyyy-MM} of the claims' discharge dates. */
    public String month;

    @Column(name = "claim_count")
    public int claimCount;

    public BigDecimal total;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}

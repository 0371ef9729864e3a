package org.nuanxin.insurance.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** One cost line of a claim with its adjudication: submitted, eligible, benefit and the rule that decided. */
@Entity
@Table(name = "claim_item")
@IdClass(ClaimLine.Key.class)
public class ClaimLine extends PanacheEntityBase {

    public record Key(UUID claimId, int lineNo) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "claim_id")
    public UUID claimId;

    @Id
    @Column(name = "line_no")
    public int lineNo;

    public String code;

    public String description;

    @Enumerated(EnumType.STRING)
    public ItemCategory category;

    public BigDecimal submitted;

    public BigDecimal eligible;

    public BigDecimal benefit;

    @Enumerated(EnumType.STRING)
    public Rule rule;

    public String explanation;
}

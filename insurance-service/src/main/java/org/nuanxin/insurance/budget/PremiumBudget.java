package org.nuanxin.insurance.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The premium budget of one policy year, in yuan. */
@Entity
@Table(name = "premium_budget")
public class PremiumBudget extends PanacheEntityBase {

    @Id
    public Integer year;

    public BigDecimal amount;

    @Column(name = "set_at")
    public OffsetDateTime setAt;

    @Column(name = "set_by")
    public String setBy;

    @Version
    public long version;
}

package org.nuanxin.carehome.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A year's warm-heart funds: the city's (no site) or one site's. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    @Column(name = "site_id")
    public UUID siteId;

    public BigDecimal amount;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public OffsetDateTime setAt;
}

package org.nuanxin.carehome.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Money spent on an activity. */
@Entity
@Table(name = "activity_spend")
public class Spend extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "district_code")
    public String districtCode;

    public int year;

    public BigDecimal amount;

    public String purpose;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

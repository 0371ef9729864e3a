package org.nuanxin.gateway.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.nuanxin.gateway.indicators.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A responsibility target (责任目标): an indicator of the city or of one district to reach by a deadline, with the
 * person answerable for it. The indicator's value when the target was set is its baseline, from which progress counts.
 */
@Entity
@Table(name = "responsibility_target")
public class ResponsibilityTarget extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String owner;

    @Enumerated(EnumType.STRING)
    public Indicator indicator;

    /** Null for a city-wide target. */
    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    public LocalDate deadline;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public int version;
}

package org.nuanxin.volunteer.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outreach call list; see V1_7__call_campaigns.sql. */
@Entity
@Table(name = "call_campaign")
public class CallCampaign extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public CallPurpose purpose;

    /** Null for a city-wide campaign. */
    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "redelivery_delay_seconds")
    public int redeliveryDelaySeconds;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}

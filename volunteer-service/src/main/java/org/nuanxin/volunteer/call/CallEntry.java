package org.nuanxin.volunteer.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One family or person to call in a campaign. */
@Entity
@Table(name = "call_entry")
public class CallEntry extends PanacheEntityBase {

    public enum Status {
        /** Waiting, due at nextAttemptAt. */
        PENDING,
        /** A caller has it now. */
        CLAIMED,
        /** Settled: reached, refused, wrong number or handed on for follow-up. */
        DONE,
        /** Not answered after the campaign's attempts. */
        UNREACHED
    }

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "district_code")
    public String districtCode;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    public CallOutcome lastOutcome;

    @Column(name = "needs_follow_up")
    public boolean needsFollowUp;

    @Version
    public long version;
}

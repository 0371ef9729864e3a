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

/** One call made: who called, what came of it, notes encrypted. */
@Entity
@Table(name = "call_attempt")
public class CallAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String caller;

    @Enumerated(EnumType.STRING)
    public CallOutcome outcome;

    @Column(name = "notes_enc")
    public String notesEncrypted;

    @Column(name = "called_at")
    public OffsetDateTime calledAt;
}

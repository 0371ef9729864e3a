package org.nuanxin.family.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A volunteer's task for a family, or a campaign call they took, as volunteer-service announced it: the key to the
 * family's visit card.
 */
@Entity
@Table(name = "volunteer_task_grant")
public class TaskGrant extends PanacheEntityBase {

    /** The kind of a grant opened by a campaign call (its id is the call entry's): no slack around its window. */
    public static final String CAMPAIGN_CALL = "CAMPAIGN_CALL";

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    /** The volunteer's login, the link to the caller's token. */
    @Column(name = "volunteer_username")
    public String volunteerUsername;

    public String kind;

    @Column(name = "window_start")
    public OffsetDateTime windowStart;

    @Column(name = "window_end")
    public OffsetDateTime windowEnd;

    /** False once the task is completed, cancelled or declined. */
    public boolean open;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

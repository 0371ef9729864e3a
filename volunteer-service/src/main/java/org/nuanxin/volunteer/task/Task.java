package org.nuanxin.volunteer.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.nuanxin.volunteer.checkin.CheckInMethod;
import org.nuanxin.volunteer.checkin.Verification;
import org.nuanxin.volunteer.volunteer.Skill;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A piece of work for one family, done by one volunteer at a time; see V1_4__family_directory_and_tasks.sql. */
@Entity
public class Task extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "district_code")
    public String districtCode;

    @Enumerated(EnumType.STRING)
    public TaskKind kind;

    @Enumerated(EnumType.STRING)
    public TaskPriority priority;

    @Column(name = "window_start")
    public OffsetDateTime windowStart;

    @Column(name = "window_end")
    public OffsetDateTime windowEnd;

    /** The place of the task (the family's home, a hospital, a site), for the position check and matching. */
    public Double latitude;

    public Double longitude;

    /** Where to go, as the coordinator wrote it; encrypted. */
    @Column(name = "place_enc")
    public String placeEncrypted;

    /** What the volunteer should know; encrypted. */
    @Column(name = "instructions_enc")
    public String instructionsEncrypted;

    @Column(name = "preferred_dialect")
    public String preferredDialect;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    @ElementCollection
    @CollectionTable(name = "task_required_skill", joinColumns = @JoinColumn(name = "task_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill")
    public Set<Skill> requiredSkills = EnumSet.noneOf(Skill.class);

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_method")
    public CheckInMethod checkInMethod;

    @Column(name = "checked_out_at")
    public OffsetDateTime checkedOutAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    /** The skills a volunteer needs: the kind's own, plus what the coordinator asked for. */
    public Set<Skill> neededSkills() {
        Set<Skill> needed = EnumSet.of(kind.skill());
        needed.addAll(requiredSkills);
        return needed;
    }

    public boolean hasPlace() {
        return latitude != null && longitude != null;
    }
}

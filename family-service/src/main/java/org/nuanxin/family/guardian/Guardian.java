package org.nuanxin.family.guardian;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Someone to call, or to sign, in an emergency of the family; priority 1 is called first. */
@Entity
@Table(name = "family_guardian")
public class Guardian extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    public String name;

    @Enumerated(EnumType.STRING)
    public GuardianRelationship relationship;

    @Column(name = "phone_enc")
    public String phoneEncrypted;

    /** May sign for the parents (surgery consent, admission) in an emergency. */
    @Column(name = "may_sign")
    public boolean maySign;

    public int priority;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    @Column(name = "added_by")
    public String addedBy;

    public static List<Guardian> ofFamily(UUID familyId) {
        return list("familyId = ?1 ORDER BY priority", familyId);
    }
}

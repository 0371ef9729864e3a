package org.nuanxin.insurance.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A family member as family-service's members-changed lists it: no name, only the identity number's blind index. */
@Entity
@Table(name = "family_member_ref")
public class FamilyMemberRef extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "family_id")
    public UUID familyId;

    /** FATHER, MOTHER or OTHER, as family-service names them. */
    public String relation;

    public boolean active;

    @Column(name = "id_number_index")
    public String idNumberIndex;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

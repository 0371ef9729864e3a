package org.nuanxin.family.liaison;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A family's liaison in one of the two posts; reassigning the post replaces the person. */
@Entity
@Table(name = "family_liaison")
public class Liaison extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "family_id") UUID familyId,
                      @Enumerated(EnumType.STRING) @Column(name = "role") LiaisonRole role) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public String name;

    @Column(name = "phone_enc")
    public String phoneEncrypted;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "assigned_by")
    public String assignedBy;

    /** The family's liaisons, community worker first. */
    public static List<Liaison> ofFamily(UUID familyId) {
        return Liaison.<Liaison>list("key.familyId", familyId).stream()
                .sorted(java.util.Comparator.comparing(liaison -> liaison.key.role()))
                .toList();
    }
}

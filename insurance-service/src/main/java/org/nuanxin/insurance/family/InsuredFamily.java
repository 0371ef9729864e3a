package org.nuanxin.insurance.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered family as family.events describe it: category, whether still active, the green channel. */
@Entity
@Table(name = "insured_family")
public class InsuredFamily extends PanacheEntityBase {

    @Id
    @Column(name = "family_id")
    public UUID familyId;

    public String category;

    @Column(name = "district_code")
    public String districtCode;

    public boolean active;

    @Column(name = "green_channel")
    public boolean greenChannel;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

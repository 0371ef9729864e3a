package org.nuanxin.family.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.family.needs.DisabilityLevel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A parent or other dependant of a family. The identity number and phone are stored only encrypted, with
 * blind indexes for exact search; see V1_2__families.sql.
 */
@Entity
@Table(name = "family_member")
public class FamilyMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id")
    public Family family;

    public int position;

    public String name;

    @Enumerated(EnumType.STRING)
    public Relation relation;

    @Column(name = "id_number_enc")
    public String idNumberEncrypted;

    @Column(name = "id_number_index")
    public String idNumberIndex;

    /** Last four characters, for the masked display and the suffix search. */
    @Column(name = "id_suffix")
    public String idSuffix;

    @Column(name = "phone_enc")
    public String phoneEncrypted;

    @Column(name = "phone_index")
    public String phoneIndex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public ResidentIdNumber.Sex sex;

    @Column(name = "living_alone")
    public boolean livingAlone;

    /** Chronic conditions (高血压, 糖尿病 …) as a JSON list, encrypted: health data. */
    @Column(name = "health_conditions_enc")
    public String healthConditionsEncrypted;

    /** How many chronic conditions, kept in clear for the risk rules and the overdue lists. */
    @Column(name = "chronic_conditions")
    public int chronicConditions;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_level")
    public DisabilityLevel disabilityLevel = DisabilityLevel.NONE;
}

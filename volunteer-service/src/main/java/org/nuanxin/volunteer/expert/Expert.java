package org.nuanxin.volunteer.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A health expert of the 家庭健康促进专家库, from a partner institution. */
@Entity
public class Expert extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "institution_code")
    public String institutionCode;

    public String specialty;

    /** Professional title, e.g. 主任医师. */
    public String title;

    @Column(name = "offers_lectures")
    public boolean offersLectures;

    @Column(name = "offers_free_clinics")
    public boolean offersFreeClinics;

    @Column(name = "offers_consultations")
    public boolean offersConsultations;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Version
    public long version;
}

package org.nuanxin.carehome.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What care-home knows of a family, from family-service's events: category, district, street and status. */
@Entity
@Table(name = "directory_family")
public class DirectoryFamily extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    /** 失独: the families the coverage goal is about. */
    public static final String BEREAVED = "BEREAVED";

    @Id
    public UUID id;

    public String category;

    @Column(name = "district_code")
    public String districtCode;

    public String street;

    public String status;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean active() {
        return ACTIVE.equals(status);
    }
}

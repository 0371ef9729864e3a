package org.nuanxin.carehome.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What care-home knows of a volunteer, from volunteer-service's events: district and status, nothing personal. */
@Entity
@Table(name = "directory_volunteer")
public class DirectoryVolunteer extends PanacheEntityBase {

    /** The only status in which a volunteer serves, and so counts towards a site's standard. */
    public static final String ACTIVE = "ACTIVE";

    @Id
    public UUID id;

    @Column(name = "district_code")
    public String districtCode;

    public String kind;

    public String status;

    /** Professional qualifications from the volunteer's registration, one a line; null when none. */
    public String qualifications;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** An expert volunteer (专业志愿者): active, with a professional qualification, so able to staff a free clinic. */
    public boolean expert() {
        return active() && qualifications != null && !qualifications.isBlank();
    }
}

package org.nuanxin.insurance.enrolment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of a bereaved family insured by the programme; name and identity number are encrypted at rest. */
@Entity
@Table(name = "insured_person")
public class InsuredPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    /** Null for a person enrolled from family events: family-service sends no names. */
    @Column(name = "name_enc")
    public String nameEncrypted;

    /** Null for a person enrolled from family events: only the blind index is known. */
    @Column(name = "id_number_enc")
    public String idNumberEncrypted;

    /** HMAC of the identity number: how a hospital's identity number finds the person. */
    @Column(name = "id_number_index")
    public String idNumberIndex;

    @Column(name = "covered_from")
    public LocalDate coveredFrom;

    /** Null while the enrolment is open. */
    @Column(name = "covered_until")
    public LocalDate coveredUntil;

    @Column(name = "enrolled_at")
    public OffsetDateTime enrolledAt;

    @Column(name = "enrolled_by")
    public String enrolledBy;

    /** The family-service member this person is, once known from members-changed. */
    @Column(name = "member_id")
    public UUID memberId;

    /** COORDINATOR (POST /api/enrolments) or FAMILY_EVENT (enrolled automatically from family.events). */
    public String source;

    public static final String BY_COORDINATOR = "COORDINATOR";
    public static final String FROM_FAMILY_EVENT = "FAMILY_EVENT";

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(coveredFrom) && (coveredUntil == null || !to.isAfter(coveredUntil));
    }
}

package org.nuanxin.insurance.enrolment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One policy year a person is insured for, and so one premium the programme pays. */
@Entity
@Table(name = "policy_enrolment")
@IdClass(PolicyEnrolment.Key.class)
public class PolicyEnrolment extends PanacheEntityBase {

    public record Key(UUID personId, int policyYear) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Id
    @Column(name = "policy_year")
    public int policyYear;

    /** ENROLMENT or RENEWAL. */
    public String source;

    @Column(name = "enrolled_at")
    public OffsetDateTime enrolledAt;
}

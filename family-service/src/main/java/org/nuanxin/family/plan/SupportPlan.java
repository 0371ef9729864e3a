package org.nuanxin.family.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A family's support plan: the four services, its family doctor and its green channel. */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends PanacheEntityBase {

    @Id
    @Column(name = "family_id")
    public UUID familyId;

    /** 精神慰藉 */
    @Enumerated(EnumType.STRING)
    @Column(name = "emotional_comfort")
    public ServiceState emotionalComfort = ServiceState.NOT_STARTED;

    /** 走访慰问 */
    @Enumerated(EnumType.STRING)
    @Column(name = "home_visits")
    public ServiceState homeVisits = ServiceState.NOT_STARTED;

    /** 志愿服务 */
    @Enumerated(EnumType.STRING)
    @Column(name = "volunteer_service")
    public ServiceState volunteerService = ServiceState.NOT_STARTED;

    /** 保险保障 */
    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_cover")
    public ServiceState insuranceCover = ServiceState.NOT_STARTED;

    @Column(name = "doctor_name")
    public String doctorName;

    @Column(name = "doctor_institution")
    public String doctorInstitution;

    @Column(name = "contract_signed_on")
    public LocalDate contractSignedOn;

    @Column(name = "contract_expires_on")
    public LocalDate contractExpiresOn;

    /** 绿色就医通道: priority care at partner hospitals. */
    @Column(name = "green_channel")
    public boolean greenChannel;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** A signed family-doctor contract that has not expired on {@code day}. */
    public boolean doctorContractValidOn(LocalDate day) {
        return contractSignedOn != null && !contractSignedOn.isAfter(day)
                && (contractExpiresOn == null || contractExpiresOn.isAfter(day));
    }
}

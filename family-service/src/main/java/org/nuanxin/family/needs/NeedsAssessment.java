package org.nuanxin.family.needs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One assessment of a family's needs, with the risk it led to; assessments are never overwritten. */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    /** The codes of the rules that held, comma-separated (see {@link RiskRules}). */
    @Column(name = "risk_reasons")
    public String riskReasons;

    @Column(name = "notes_enc")
    public String notesEncrypted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessed_need", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "area")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "severity")
    @Enumerated(EnumType.STRING)
    public Map<NeedArea, Severity> needs = new EnumMap<>(NeedArea.class);

    public List<String> reasons() {
        return riskReasons.isEmpty() ? List.of() : List.of(riskReasons.split(","));
    }

    public static List<NeedsAssessment> historyOf(UUID familyId) {
        return list("familyId = ?1 ORDER BY assessedAt DESC", familyId);
    }
}

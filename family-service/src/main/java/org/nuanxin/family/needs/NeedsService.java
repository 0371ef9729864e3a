package org.nuanxin.family.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.events.NeedsAssessed;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Assesses a family's needs, derives its risk by {@link RiskRules} and keeps every assessment. */
@ApplicationScoped
public class NeedsService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final RiskRules rules;
    private final FamilyAccess access;

    NeedsService(Outbox outbox, PiiCipher cipher, Caller caller, RiskConfig riskConfig, FamilyAccess access) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.rules = RiskRules.of(riskConfig);
        this.access = access;
    }

    @Transactional
    public AssessmentView assess(UUID familyId, AssessNeedsRequest request) {
        Family family = access.activeInScope(familyId);
        Map<NeedArea, Severity> needs = new EnumMap<>(NeedArea.class);
        Set<NeedArea> seen = new HashSet<>();
        for (int i = 0; i < request.needs().size(); i++) {
            AssessNeedsRequest.Rating rating = request.needs().get(i);
            if (!seen.add(rating.area())) {
                throw ProblemException.invalidField("needs[" + i + "].area", "同一需求领域只能评估一次");
            }
            needs.put(rating.area(), rating.severity());
        }
        List<RiskRules.MemberFacts> members = family.members.stream()
                .map(m -> new RiskRules.MemberFacts(m.birthDate, m.livingAlone, m.chronicConditions, m.disabilityLevel))
                .toList();
        RiskRules.Result risk = rules.assess(members, needs, CityCalendar.today());

        NeedsAssessment assessment = new NeedsAssessment();
        assessment.id = UUID.randomUUID();
        assessment.familyId = family.id;
        assessment.assessedAt = OffsetDateTime.now(ZoneOffset.UTC);
        assessment.assessedBy = caller.username();
        assessment.riskLevel = risk.level();
        assessment.riskReasons = String.join(",", risk.reasons());
        assessment.notesEncrypted = request.notes() == null || request.notes().isBlank()
                ? null : cipher.encrypt(request.notes().trim());
        assessment.needs.putAll(needs);
        assessment.persist();

        RiskLevel previous = family.riskLevel;
        family.riskLevel = risk.level();
        family.latestAssessmentId = assessment.id;

        outbox.publish("family", family.id, NeedsAssessed.TYPE, new NeedsAssessed(family.id, assessment.id,
                family.districtCode, risk.level().name(), previous.name(),
                needs.entrySet().stream().map(e -> new NeedsAssessed.Need(e.getKey().name(), e.getValue().name())).toList(),
                assessment.assessedAt));
        return toView(assessment);
    }

    @Transactional
    public List<AssessmentView> history(UUID familyId) {
        Family family = access.inScope(familyId);
        return NeedsAssessment.historyOf(family.id).stream().map(this::toView).toList();
    }

    private AssessmentView toView(NeedsAssessment assessment) {
        boolean mayReadNotes = caller.isCoordinator();
        return new AssessmentView(assessment.id, assessment.familyId, assessment.assessedAt, assessment.assessedBy,
                assessment.riskLevel, assessment.reasons(),
                assessment.needs.entrySet().stream()
                        .map(e -> new AssessNeedsRequest.Rating(e.getKey(), e.getValue())).toList(),
                mayReadNotes ? cipher.decrypt(assessment.notesEncrypted) : null);
    }
}

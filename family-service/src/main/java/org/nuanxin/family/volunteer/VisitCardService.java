package org.nuanxin.family.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.area.District;
import org.nuanxin.family.audit.AccessAuditService;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyStatus;
import org.nuanxin.family.needs.NeedArea;
import org.nuanxin.family.needs.NeedsAssessment;
import org.nuanxin.family.needs.Severity;

import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shows a volunteer the visit card of a family only through an open task of theirs, from a little before its
 * window opens to a little after it closes ({@link VolunteerAccessConfig}), or through a campaign call they hold
 * until its outcome is recorded or the hold runs out; otherwise the family does not exist
 * for them (404). Every card read is written to the access audit, since it carries a phone number in full.
 */
@ApplicationScoped
public class VisitCardService {

    private final Caller caller;
    private final PiiCipher cipher;
    private final AccessAuditService audit;
    private final VolunteerAccessConfig config;

    VisitCardService(Caller caller, PiiCipher cipher, AccessAuditService audit, VolunteerAccessConfig config) {
        this.caller = caller;
        this.cipher = cipher;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public VisitCard visitCard(UUID familyId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TaskGrant grant = TaskGrant.<TaskGrant>list(
                        "familyId = ?1 AND volunteerUsername = ?2 AND open = true ORDER BY windowStart", familyId,
                        caller.username()).stream()
                .filter(candidate -> readableAt(candidate, now))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("家庭", familyId));
        Family family = Family.findById(familyId);
        if (family == null || family.status != FamilyStatus.ACTIVE) {
            throw ProblemException.notFound("家庭", familyId);
        }
        audit.recordRead(family.id, family.districtCode, "志愿服务任务 " + grant.taskId);

        List<VisitCard.Person> people = family.members.stream()
                .map(member -> new VisitCard.Person(member.name, member.relation.name(),
                        Period.between(member.birthDate, CityCalendar.today()).getYears(), member.livingAlone,
                        cipher.decrypt(member.phoneEncrypted)))
                .toList();
        NeedsAssessment latest = family.latestAssessmentId == null ? null
                : NeedsAssessment.findById(family.latestAssessmentId);
        List<NeedArea> needs = latest == null ? List.of() : latest.needs.entrySet().stream()
                .filter(need -> need.getValue() != Severity.NONE)
                .map(Map.Entry::getKey).sorted().toList();
        return new VisitCard(family.id, grant.taskId, grant.kind,
                grant.windowStart.atZoneSameInstant(CityCalendar.ZONE).toOffsetDateTime(),
                grant.windowEnd.atZoneSameInstant(CityCalendar.ZONE).toOffsetDateTime(),
                District.names().get(family.districtCode), family.street, family.community, family.address,
                people, needs);
    }

    /** A task's card opens a while before its window and stays a while after; a campaign call's only while held. */
    private boolean readableAt(TaskGrant grant, OffsetDateTime now) {
        boolean call = TaskGrant.CAMPAIGN_CALL.equals(grant.kind);
        return !now.isBefore(call ? grant.windowStart : grant.windowStart.minus(config.before()))
                && !now.isAfter(call ? grant.windowEnd : grant.windowEnd.plus(config.after()));
    }
}

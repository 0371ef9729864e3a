package org.nuanxin.family.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.events.CoverageChanged;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;
import org.nuanxin.family.liaison.Liaison;
import org.nuanxin.family.liaison.LiaisonRole;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Keeps each family's support plan and tells whether the family has its three coverages. */
@ApplicationScoped
public class SupportPlanService {

    private final Outbox outbox;
    private final Caller caller;
    private final FamilyAccess access;

    SupportPlanService(Outbox outbox, Caller caller, FamilyAccess access) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
    }

    @Transactional
    public SupportPlanView update(UUID familyId, UpdateSupportPlanRequest request) {
        UpdateSupportPlanRequest.FamilyDoctor doctor = request.familyDoctor();
        if (doctor != null && doctor.expiresOn() != null && !doctor.expiresOn().isAfter(doctor.signedOn())) {
            throw ProblemException.invalidField("familyDoctor.expiresOn", "到期日期须晚于签约日期");
        }
        Family family = access.activeInScope(familyId);
        SupportPlan plan = SupportPlan.findById(family.id);
        if (plan == null) {
            plan = new SupportPlan();
            plan.familyId = family.id;
        }
        Coverage before = coverageOf(plan, family.id);
        plan.emotionalComfort = request.emotionalComfort();
        plan.homeVisits = request.homeVisits();
        plan.volunteerService = request.volunteerService();
        plan.insuranceCover = request.insuranceCover();
        plan.doctorName = doctor == null ? null : doctor.doctorName().trim();
        plan.doctorInstitution = doctor == null ? null : doctor.institution().trim();
        plan.contractSignedOn = doctor == null ? null : doctor.signedOn();
        plan.contractExpiresOn = doctor == null ? null : doctor.expiresOn();
        plan.greenChannel = request.greenChannel();
        plan.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.updatedBy = caller.username();
        plan.persist();

        Coverage after = coverageOf(plan, family.id);
        if (!after.equals(before)) {
            outbox.publish("family", family.id, CoverageChanged.TYPE, new CoverageChanged(family.id,
                    family.districtCode, family.category.name(), after.liaisons(), after.familyDoctor(),
                    after.greenChannel()));
        }
        return toView(plan, after);
    }

    @Transactional
    public SupportPlanView get(UUID familyId) {
        Family family = access.inScope(familyId);
        SupportPlan plan = SupportPlan.findById(family.id);
        if (plan == null) {
            plan = new SupportPlan();
            plan.familyId = family.id;
        }
        return toView(plan, coverageOf(plan, family.id));
    }

    private static Coverage coverageOf(SupportPlan plan, UUID familyId) {
        boolean liaisons = Liaison.count("key.familyId", familyId) == LiaisonRole.values().length;
        return Coverage.of(liaisons, plan.doctorContractValidOn(CityCalendar.today()), plan.greenChannel);
    }

    private static SupportPlanView toView(SupportPlan plan, Coverage coverage) {
        UpdateSupportPlanRequest.FamilyDoctor doctor = plan.doctorName == null ? null
                : new UpdateSupportPlanRequest.FamilyDoctor(plan.doctorName, plan.doctorInstitution,
                plan.contractSignedOn, plan.contractExpiresOn);
        return new SupportPlanView(plan.familyId, plan.emotionalComfort, plan.homeVisits, plan.volunteerService,
                plan.insuranceCover, doctor, plan.greenChannel, coverage, plan.updatedAt, plan.updatedBy);
    }
}

package org.nuanxin.insurance.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.insurance.events.Enrolled;
import org.nuanxin.insurance.events.EnrolmentEnded;
import org.nuanxin.insurance.family.FamilyScope;
import org.nuanxin.insurance.family.InsuredFamily;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Enrols the members of bereaved families, by a coordinator or from family-service's member lists, ends their cover,
 * and finds insured persons by id or identity number.
 */
@ApplicationScoped
public class EnrolmentService {

    /** family-service's category of the families this insurance is for. */
    public static final String BEREAVED = "BEREAVED";

    private final PiiCipher cipher;
    private final Outbox outbox;
    private final Caller caller;
    private final PolicyYears policyYears;
    private final FamilyScope scope;

    EnrolmentService(PiiCipher cipher, Outbox outbox, Caller caller, PolicyYears policyYears, FamilyScope scope) {
        this.cipher = cipher;
        this.outbox = outbox;
        this.caller = caller;
        this.policyYears = policyYears;
        this.scope = scope;
    }

    @Transactional
    public InsuredPersonView enrol(EnrolRequest request) {
        ResidentIdNumber.problemWith(request.identityNumber())
                .ifPresent(problem -> {
                    throw ProblemException.invalidField("identityNumber", problem);
                });
        // a district coordinator enrols in a family family-service reported in their district
        scope.requireFamily(request.familyId());
        refuseUnlessBereaved(request.familyId());
        String identityNumber = request.identityNumber().toUpperCase();
        String index = cipher.blindIndex(identityNumber);
        if (InsuredPerson.count("idNumberIndex", index) > 0) {
            throw ProblemException.conflictOnField("identityNumber", "此身份证号已参保");
        }
        InsuredPerson person = new InsuredPerson();
        person.id = UUID.randomUUID();
        person.familyId = request.familyId();
        person.nameEncrypted = cipher.encrypt(request.name().strip());
        person.idNumberEncrypted = cipher.encrypt(identityNumber);
        person.idNumberIndex = index;
        person.coveredFrom = request.coveredFrom() != null ? request.coveredFrom()
                : LocalDate.now(BenefitRulesService.POLICY_ZONE);
        person.enrolledBy = caller.username();
        person.source = InsuredPerson.BY_COORDINATOR;
        persistEnrolled(person);
        return view(person);
    }

    /**
     * The insurance is for bereaved families: a family family-service has told us about that is of another category,
     * or closed, has no members to enrol. A family not (yet) known is taken on the coordinator's word.
     */
    private static void refuseUnlessBereaved(UUID familyId) {
        InsuredFamily family = InsuredFamily.findById(familyId);
        if (family == null || "UNKNOWN".equals(family.category)) {
            return;
        }
        String reason = !BEREAVED.equals(family.category)
                ? "家庭 " + familyId + " 的类别为 " + family.category + "，综合医疗保险只保障失独（BEREAVED）家庭成员"
                : !family.active ? "家庭 " + familyId + " 已结案，不能再参保" : null;
        if (reason != null) {
            throw new ProblemException(422, "family-not-insurable", "该家庭不在保障范围", "familyId: " + reason,
                    List.of(new Problem.Violation("familyId", reason)));
        }
    }

    /**
     * Enrols a parent of a bereaved family from family-service's member list, covered from {@code from}. A person a
     * coordinator enrolled before with the same identity number is the same person: linked, not enrolled twice.
     * Idempotent: a member already enrolled and still covered is left as is.
     */
    public void enrolMember(UUID familyId, UUID memberId, String idNumberIndex, LocalDate from) {
        InsuredPerson person = InsuredPerson.<InsuredPerson>find("memberId", memberId).firstResultOptional()
                .or(() -> InsuredPerson.<InsuredPerson>find("idNumberIndex", idNumberIndex).firstResultOptional())
                .orElse(null);
        if (person != null) {
            person.memberId = memberId;
            return;
        }
        person = new InsuredPerson();
        person.id = UUID.randomUUID();
        person.familyId = familyId;
        person.memberId = memberId;
        person.idNumberIndex = idNumberIndex;
        person.coveredFrom = from;
        person.enrolledBy = "family-events";
        person.source = InsuredPerson.FROM_FAMILY_EVENT;
        persistEnrolled(person);
    }

    private void persistEnrolled(InsuredPerson person) {
        person.enrolledAt = OffsetDateTime.now(ZoneOffset.UTC);
        person.persist();
        policyYears.enrolled(person.id, person.coveredFrom);
        outbox.publish("insured-person", person.id, Enrolled.TYPE,
                new Enrolled(person.id, person.familyId, person.coveredFrom, person.enrolledAt));
    }

    /** Ends an open cover on {@code lastDay} (never before its first day), with enrolment-ended. */
    public void end(InsuredPerson person, LocalDate lastDay, String reason) {
        if (person.coveredUntil != null) {
            return;
        }
        person.coveredUntil = lastDay.isBefore(person.coveredFrom) ? person.coveredFrom : lastDay;
        outbox.publish("insured-person", person.id, EnrolmentEnded.TYPE,
                new EnrolmentEnded(person.id, person.familyId, person.coveredUntil, reason));
    }

    @Transactional
    public InsuredPersonView get(UUID id) {
        return view(reachable(id));
    }

    /** The insured person, or 404 when there is none or their family lies outside a district coordinator's district. */
    public InsuredPerson reachable(UUID id) {
        InsuredPerson person = InsuredPerson.findById(id);
        if (person == null || !scope.mayReach(person.familyId)) {
            throw ProblemException.notFound("参保人", id);
        }
        return person;
    }

    /** The insured person with this identity number, matched through its blind index. */
    public Optional<InsuredPerson> byIdentityNumber(String identityNumber) {
        if (!ResidentIdNumber.isValid(identityNumber)) {
            return Optional.empty();
        }
        return InsuredPerson.find("idNumberIndex", cipher.blindIndex(identityNumber.toUpperCase())).firstResultOptional();
    }

    private InsuredPersonView view(InsuredPerson person) {
        String name = person.nameEncrypted == null ? null : cipher.decrypt(person.nameEncrypted);
        return new InsuredPersonView(person.id, person.familyId,
                name == null || name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1),
                person.idNumberEncrypted == null ? null : Masking.idNumber(cipher.decrypt(person.idNumberEncrypted)),
                person.coveredFrom, person.coveredUntil, person.enrolledAt, person.source, person.memberId);
    }
}

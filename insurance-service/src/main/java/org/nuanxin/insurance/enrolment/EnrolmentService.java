package org.nuanxin.insurance.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.insurance.events.Enrolled;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Enrols family members and finds insured persons by id or identity number. */
@ApplicationScoped
public class EnrolmentService {

    private final PiiCipher cipher;
    private final Outbox outbox;
    private final Caller caller;

    EnrolmentService(PiiCipher cipher, Outbox outbox, Caller caller) {
        this.cipher = cipher;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public InsuredPersonView enrol(EnrolRequest request) {
        ResidentIdNumber.problemWith(request.identityNumber())
                .ifPresent(problem -> {
                    throw ProblemException.invalidField("identityNumber", problem);
                });
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
        person.enrolledAt = OffsetDateTime.now(ZoneOffset.UTC);
        person.enrolledBy = caller.username();
        person.persist();
        outbox.publish("insured-person", person.id, Enrolled.TYPE,
                new Enrolled(person.id, person.familyId, person.coveredFrom, person.enrolledAt));
        return view(person);
    }

    @Transactional
    public InsuredPersonView get(UUID id) {
        InsuredPerson person = InsuredPerson.findById(id);
        if (person == null) {
            throw ProblemException.notFound("参保人", id);
        }
        return view(person);
    }

    /** The insured person with this identity number, matched through its blind index. */
    public Optional<InsuredPerson> byIdentityNumber(String identityNumber) {
        if (!ResidentIdNumber.isValid(identityNumber)) {
            return Optional.empty();
        }
        return InsuredPerson.find("idNumberIndex", cipher.blindIndex(identityNumber.toUpperCase())).firstResultOptional();
    }

    private InsuredPersonView view(InsuredPerson person) {
        String name = cipher.decrypt(person.nameEncrypted);
        return new InsuredPersonView(person.id, person.familyId,
                name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1),
                Masking.idNumber(cipher.decrypt(person.idNumberEncrypted)),
                person.coveredFrom, person.coveredUntil, person.enrolledAt);
    }
}

package org.nuanxin.insurance.familysummary;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.insurance.claim.ClaimStatus;
import org.nuanxin.insurance.coverage.CoverageService;
import org.nuanxin.insurance.coverage.CoverageView;
import org.nuanxin.insurance.enrolment.EnrolmentService;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.enrolment.PolicyEnrolment;
import org.nuanxin.insurance.family.FamilyMemberRef;
import org.nuanxin.insurance.family.FamilyScope;
import org.nuanxin.insurance.family.InsuredFamily;
import org.nuanxin.insurance.money.Yuan;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The insurance of one family, as its page shows it; caps and use come from {@link CoverageService}. */
@ApplicationScoped
public class FamilyInsuranceService {

    /** Claims whose benefit the programme owes or has paid. */
    static final Set<ClaimStatus> APPROVED = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED,
            ClaimStatus.PAID);

    private final FamilyScope scope;
    private final CoverageService coverage;
    private final PiiCipher cipher;
    private final EntityManager entityManager;

    FamilyInsuranceService(FamilyScope scope, CoverageService coverage, PiiCipher cipher, EntityManager entityManager) {
        this.scope = scope;
        this.coverage = coverage;
        this.cipher = cipher;
        this.entityManager = entityManager;
    }

    @Transactional
    public FamilyInsuranceView of(UUID familyId, int policyYear) {
        // a district coordinator reaches the families family-service reported in their district, others are 404
        scope.requireFamily(familyId);
        InsuredFamily family = InsuredFamily.findById(familyId);
        List<InsuredPerson> persons = InsuredPerson.list("familyId", Sort.by("coveredFrom").and("id"), familyId);
        LocalDate today = LocalDate.now(BenefitRulesService.POLICY_ZONE);
        List<InsuredMemberView> members = persons.stream().map(person -> member(person, policyYear)).toList();
        boolean enrolled = persons.stream().anyMatch(person -> !person.coveredFrom.isAfter(today)
                && (person.coveredUntil == null || !person.coveredUntil.isBefore(today)));
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (InsuredMemberView member : members) {
            approved = approved.add(Yuan.parse(member.claims().approved()));
            paid = paid.add(Yuan.parse(member.claims().paid()));
        }
        return new FamilyInsuranceView(familyId, policyYear, enrolled,
                enrolled ? null : reason(family, persons),
                family == null || "UNKNOWN".equals(family.category) ? null : family.category,
                family != null && family.greenChannel, Yuan.format(approved), Yuan.format(paid), members);
    }

    /** Why no one of the family is covered today, the family's own state first. */
    private static FamilyInsuranceReason reason(InsuredFamily family, List<InsuredPerson> persons) {
        boolean known = family != null && !"UNKNOWN".equals(family.category);
        if (family != null && !family.active) {
            return FamilyInsuranceReason.FAMILY_CLOSED;
        }
        if (known && !EnrolmentService.BEREAVED.equals(family.category)) {
            return FamilyInsuranceReason.NOT_BEREAVED;
        }
        if (!persons.isEmpty()) {
            return FamilyInsuranceReason.COVER_ENDED;
        }
        return known ? FamilyInsuranceReason.NO_INSURED_MEMBER : FamilyInsuranceReason.FAMILY_NOT_KNOWN;
    }

    private InsuredMemberView member(InsuredPerson person, int policyYear) {
        CoverageView used = coverage.of(person.id, policyYear);
        FamilyMemberRef ref = person.memberId == null ? null : FamilyMemberRef.findById(person.memberId);
        boolean insuredThisYear = PolicyEnrolment.findById(new PolicyEnrolment.Key(person.id, policyYear)) != null;
        return new InsuredMemberView(person.id, person.memberId, ref == null ? null : ref.relation,
                maskedName(person), person.source, person.coveredFrom, person.coveredUntil, insuredThisYear,
                used.subsidyCap(), used.subsidyUsed(), used.subsidyLeft(), used.nursingDaysMax(),
                used.nursingDaysUsed(), used.nursingDaysLeft(), claims(person.id, policyYear));
    }

    private InsuredMemberView.ClaimsOfYear claims(UUID personId, int policyYear) {
        List<Object[]> rows = entityManager.createQuery("select c.status, count(c), "
                        + "coalesce(sum(coalesce(c.medicalBenefit, 0) + coalesce(c.nursingAllowance, 0)), 0) from Claim c "
                        + "where c.personId = :person and c.policyYear = :year group by c.status", Object[].class)
                .setParameter("person", personId).setParameter("year", policyYear).getResultList();
        Map<String, Long> byStatus = new TreeMap<>();
        long count = 0;
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Object[] row : rows) {
            ClaimStatus status = (ClaimStatus) row[0];
            long claims = ((Number) row[1]).longValue();
            BigDecimal benefit = (BigDecimal) row[2];
            byStatus.put(status.name(), claims);
            count += claims;
            if (APPROVED.contains(status)) {
                approved = approved.add(benefit);
            }
            if (status == ClaimStatus.PAID) {
                paid = paid.add(benefit);
            }
        }
        return new InsuredMemberView.ClaimsOfYear(count, byStatus, Yuan.format(approved), Yuan.format(paid));
    }

    /** As the insurance's lists show a name: its first character, the rest starred. */
    private String maskedName(InsuredPerson person) {
        if (person.nameEncrypted == null) {
            return null;
        }
        String name = cipher.decrypt(person.nameEncrypted);
        return name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1);
    }
}

package org.nuanxin.insurance.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.insurance.coverage.Entitlements;
import org.nuanxin.insurance.events.ClaimReviewed;
import org.nuanxin.insurance.money.Yuan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Coordinators decide claims that adjudication sent to review. A rejection or a downward adjustment gives the
 * released amount (and, on rejection, the nursing days) back to the person's entitlement; above the second-approval
 * threshold an approval needs a second, different coordinator.
 */
@ApplicationScoped
public class ClaimReviewService {

    private static final TypeReference<List<ClaimView.NursingView>> NURSING = new TypeReference<>() {
    };

    private final ClaimService claims;
    private final Entitlements entitlements;
    private final ClaimRules rules;
    private final Caller caller;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    ClaimReviewService(ClaimService claims, Entitlements entitlements, ClaimRules rules, Caller caller, Outbox outbox,
                       ObjectMapper mapper) {
        this.claims = claims;
        this.entitlements = entitlements;
        this.rules = rules;
        this.caller = caller;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Transactional
    public ClaimView review(UUID id, ReviewRequest request) {
        Claim claim = Claim.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null || !claims.reaches(claim)) {
            throw ProblemException.notFound("理赔单", id);
        }
        if (claim.status != ClaimStatus.PENDING_REVIEW && claim.status != ClaimStatus.AWAITING_SECOND_APPROVAL) {
            throw ProblemException.conflict("理赔单当前状态为 " + claim.status + "，无需审核");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (request.decision() != ReviewRequest.Decision.APPROVE && reason.isEmpty()) {
            throw ProblemException.invalidField("reason", "调整或拒付须填写理由");
        }
        List<ClaimView.NursingView> nursing = nursing(claim);
        Set<Integer> years = new HashSet<>();
        years.add(claim.policyYear);
        nursing.forEach(n -> years.add(n.policyYear()));
        entitlements.lock(claim.personId, years);

        ClaimStatus from = claim.status;
        String reviewer = caller.username();
        switch (request.decision()) {
            case APPROVE -> approve(claim, reviewer);
            case ADJUST -> {
                if (request.medicalBenefit() == null) {
                    throw ProblemException.invalidField("medicalBenefit", "调整须填写调整后的医疗补助金额");
                }
                BigDecimal adjusted = Yuan.parse(request.medicalBenefit());
                if (adjusted.compareTo(claim.medicalBenefit) > 0) {
                    throw ProblemException.invalidField("medicalBenefit",
                            "不能高于自动审核核定的 " + Yuan.format(claim.medicalBenefit) + " 元");
                }
                entitlements.consume(claim.personId, claim.policyYear, adjusted.subtract(claim.medicalBenefit), 0);
                claim.medicalBenefit = adjusted;
                claim.status = ClaimStatus.PARTIALLY_APPROVED;
            }
            case REJECT -> {
                entitlements.consume(claim.personId, claim.policyYear, claim.medicalBenefit.negate(), 0);
                nursing.forEach(n -> entitlements.consume(claim.personId, n.policyYear(), BigDecimal.ZERO, -n.daysPaid()));
                claim.medicalBenefit = BigDecimal.ZERO.setScale(2);
                claim.nursingAllowance = BigDecimal.ZERO.setScale(2);
                claim.nursingDaysPaid = 0;
                claim.status = ClaimStatus.REJECTED;
            }
        }
        String why = request.decision() + (reason.isEmpty() ? "" : "：" + reason);
        claims.record(claim, reviewer, from, why);
        BigDecimal benefit = claim.medicalBenefit.add(claim.nursingAllowance);
        outbox.publish("claim", claim.id, ClaimReviewed.TYPE, new ClaimReviewed(claim.id, claim.hospitalId,
                request.decision().name(), from.name(), claim.status.name(), Yuan.format(claim.medicalBenefit),
                Yuan.format(claim.nursingAllowance), Yuan.format(benefit), reviewer, reason.isEmpty() ? null : reason));
        return claims.view(claim);
    }

    private void approve(Claim claim, String reviewer) {
        BigDecimal benefit = claim.medicalBenefit.add(claim.nursingAllowance);
        if (claim.status == ClaimStatus.AWAITING_SECOND_APPROVAL) {
            ClaimHistory first = ClaimHistory.find("claimId = ?1 and toStatus = ?2 order by id desc",
                    claim.id, ClaimStatus.AWAITING_SECOND_APPROVAL).firstResult();
            if (first != null && first.actor.equals(reviewer)) {
                throw ProblemException.conflict("第二次审批须由另一位协调员完成");
            }
            claim.status = ClaimStatus.APPROVED;
        } else if (benefit.compareTo(rules.secondApprovalThreshold()) > 0) {
            claim.status = ClaimStatus.AWAITING_SECOND_APPROVAL;
        } else {
            claim.status = ClaimStatus.APPROVED;
        }
    }

    private List<ClaimView.NursingView> nursing(Claim claim) {
        try {
            return mapper.readValue(claim.nursingByYear, NURSING);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored adjudication of claim " + claim.id + " is unreadable", e);
        }
    }
}

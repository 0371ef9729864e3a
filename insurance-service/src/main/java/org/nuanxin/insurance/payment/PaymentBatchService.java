package org.nuanxin.insurance.payment;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.insurance.claim.Claim;
import org.nuanxin.insurance.claim.ClaimHistory;
import org.nuanxin.insurance.claim.ClaimStatus;
import org.nuanxin.insurance.events.ClaimPaid;
import org.nuanxin.insurance.money.Yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Pays a hospital once a month: every APPROVED or PARTIALLY_APPROVED claim discharged in the month and not yet paid
 * goes into one batch and becomes PAID, each with its history entry and claim-paid event.
 */
@ApplicationScoped
public class PaymentBatchService {

    private final Caller caller;
    private final Outbox outbox;

    PaymentBatchService(Caller caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional
    public PaymentBatchView create(PaymentBatchRequest request) {
        YearMonth month = YearMonth.parse(request.month());
        LocalDate first = month.atDay(1);
        List<Claim> claims = Claim.<Claim>find("hospitalId = ?1 and status in ?2 and paymentBatchId is null "
                                + "and dischargeDate >= ?3 and dischargeDate <= ?4 order by submittedAt",
                        request.hospitalId(), List.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED),
                        first, month.atEndOfMonth())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (claims.isEmpty()) {
            throw ProblemException.conflict(request.hospitalId() + " 在 " + request.month() + " 没有待支付的理赔单");
        }
        PaymentBatch batch = new PaymentBatch();
        batch.id = UUID.randomUUID();
        batch.hospitalId = request.hospitalId();
        batch.month = request.month();
        batch.claimCount = claims.size();
        batch.total = claims.stream().map(c -> c.medicalBenefit.add(c.nursingAllowance))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        batch.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        batch.createdBy = caller.username();
        batch.persist();
        for (Claim claim : claims) {
            ClaimHistory entry = new ClaimHistory();
            entry.claimId = claim.id;
            entry.at = batch.createdAt;
            entry.actor = batch.createdBy;
            entry.fromStatus = claim.status;
            entry.toStatus = ClaimStatus.PAID;
            entry.reason = "支付批次 " + batch.id + "（" + batch.month + "）";
            entry.persist();
            claim.status = ClaimStatus.PAID;
            claim.paymentBatchId = batch.id;
            outbox.publish("claim", claim.id, ClaimPaid.TYPE, new ClaimPaid(claim.id, claim.hospitalId, batch.id,
                    batch.month, Yuan.format(claim.medicalBenefit.add(claim.nursingAllowance))));
        }
        return view(batch, claims.stream().map(c -> c.id).toList());
    }

    @Transactional
    public PaymentBatchView get(UUID id) {
        PaymentBatch batch = PaymentBatch.findById(id);
        if (batch == null) {
            throw ProblemException.notFound("支付批次", id);
        }
        return view(batch, Claim.<Claim>list("paymentBatchId = ?1 order by submittedAt", id).stream().map(c -> c.id).toList());
    }

    /** Every batch, newest first (the id breaks a tie, so pages never overlap). */
    @Transactional
    public PageResponse<PaymentBatchSummary> list(int page, int size) {
        var found = PaymentBatch.<PaymentBatch>findAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending));
        List<PaymentBatchSummary> items = found.page(Page.of(page, size)).list().stream()
                .map(b -> new PaymentBatchSummary(b.id, b.hospitalId, b.month, b.claimCount, Yuan.format(b.total),
                        b.createdAt, b.createdBy))
                .toList();
        return new PageResponse<>(items, page, size, found.count());
    }

    private static PaymentBatchView view(PaymentBatch batch, List<UUID> claimIds) {
        return new PaymentBatchView(batch.id, batch.hospitalId, batch.month, batch.claimCount, Yuan.format(batch.total),
                claimIds, batch.createdAt, batch.createdBy);
    }
}

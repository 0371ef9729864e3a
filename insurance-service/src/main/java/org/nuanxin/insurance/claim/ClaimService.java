package org.nuanxin.insurance.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.insurance.coverage.Entitlements;
import org.nuanxin.insurance.enrolment.EnrolmentService;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.events.ClaimAdjudicated;
import org.nuanxin.insurance.events.ClaimSubmitted;
import org.nuanxin.insurance.family.FamilyScope;
import org.nuanxin.insurance.money.Yuan;
import org.nuanxin.insurance.rules.BenefitRules;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Receives hospitals' claims exactly once per Idempotency-Key, adjudicates them on receipt against what the person
 * has left, and shows each hospital its own claims only.
 */
@ApplicationScoped
public class ClaimService {

    /** The HTTP answer to a submission: the first one, or the stored one replayed for a retry. */
    public record Answer(int status, String body) {
    }

    private static final TypeReference<List<ClaimView.ExplanationView>> EXPLANATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<ClaimView.NursingView>> NURSING = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final Outbox outbox;
    private final HospitalCaller hospitals;
    private final EnrolmentService enrolments;
    private final Entitlements entitlements;
    private final BenefitRules benefits;
    private final ClaimRules claimRules;
    private final EntityManager entityManager;
    private final FamilyScope scope;
    private final Duration inProgressLease;

    ClaimService(ObjectMapper mapper, Outbox outbox, HospitalCaller hospitals, EnrolmentService enrolments,
                 Entitlements entitlements, BenefitRules benefits, ClaimRules claimRules, EntityManager entityManager,
                 FamilyScope scope,
                 @ConfigProperty(name = "nuanxin.claims.in-progress-lease", defaultValue = "30s")
                 Duration inProgressLease) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.hospitals = hospitals;
        this.enrolments = enrolments;
        this.entitlements = entitlements;
        this.benefits = benefits;
        this.claimRules = claimRules;
        this.entityManager = entityManager;
        this.scope = scope;
        this.inProgressLease = inProgressLease;
    }

    /**
     * The key is reserved in its own transaction first, so a concurrent retry finds it in progress (409); the
     * claim, its events and the stored answer then commit together. A request that fails frees its key again; one
     * whose process died leaves its key IN_PROGRESS, and a retry after {@code nuanxin.claims.in-progress-lease}
     * takes it over.
     */
    public Answer submit(String idempotencyKey, SubmitClaimRequest request) {
        String hospitalId = hospitals.requireHospitalId();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.invalidField("Idempotency-Key", "请在请求头 Idempotency-Key 中提供唯一的请求标识");
        }
        if (idempotencyKey.length() > 200) {
            throw ProblemException.invalidField("Idempotency-Key", "最多 200 个字符");
        }
        checkStay(request);
        String hash = hash(request);
        UUID reservation = UUID.randomUUID();
        Answer earlier = QuarkusTransaction.requiringNew()
                .call(() -> reserve(hospitalId, idempotencyKey, hash, reservation));
        if (earlier != null) {
            return earlier;
        }
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> receive(hospitalId, idempotencyKey, reservation, request));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> ClaimIdempotency.delete(
                    "hospitalId = ?1 and idempotencyKey = ?2 and state = ?3 and reservation = ?4",
                    hospitalId, idempotencyKey, ClaimIdempotency.IN_PROGRESS, reservation));
            throw e;
        }
    }

    private static void checkStay(SubmitClaimRequest request) {
        if (request.dischargeDate().isBefore(request.admissionDate())) {
            throw ProblemException.invalidField("dischargeDate", "出院日期不能早于入院日期");
        }
        long stayDays = ChronoUnit.DAYS.between(request.admissionDate(), request.dischargeDate()) + 1;
        if (request.inpatientDays() > stayDays) {
            throw ProblemException.invalidField("inpatientDays", "住院天数不能超过入院至出院的 " + stayDays + " 天");
        }
        if (request.setting() == CareSetting.OUTPATIENT && request.inpatientDays() > 0) {
            throw ProblemException.invalidField("inpatientDays", "门诊理赔的住院天数须为 0");
        }
        SubmitClaimRequest.Patient patient = request.patient();
        if ((patient.insuredPersonId() == null) == (patient.identityNumber() == null)) {
            throw ProblemException.invalidField("patient", "请只用 insuredPersonId 或 identityNumber 之一指明患者");
        }
    }

    private Answer reserve(String hospitalId, String key, String hash, UUID reservation) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted = entityManager.createNativeQuery("INSERT INTO claim_idempotency "
                        + "(hospital_id, idempotency_key, request_hash, state, created_at, reservation) "
                        + "VALUES (:hospital, :key, :hash, :state, :now, :reservation) ON CONFLICT DO NOTHING")
                .setParameter("hospital", hospitalId).setParameter("key", key).setParameter("hash", hash)
                .setParameter("state", ClaimIdempotency.IN_PROGRESS)
                .setParameter("now", now)
                .setParameter("reservation", reservation)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        ClaimIdempotency existing = ClaimIdempotency.findById(new ClaimIdempotency.Key(hospitalId, key));
        if (ClaimIdempotency.IN_PROGRESS.equals(existing.state)) {
            if (takeOverAbandoned(existing, hash, reservation, now)) {
                return null;
            }
            throw new ProblemException(409, "idempotency-key-in-progress", "请求正在处理",
                    "使用 Idempotency-Key " + key + " 的请求仍在处理中，请稍后重试", null);
        }
        if (!existing.requestHash.equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", "幂等键已用于另一请求",
                    "Idempotency-Key " + key + " 已用于内容不同的理赔请求；新的理赔请使用新的键", null);
        }
        return new Answer(existing.responseStatus, existing.responseBody);
    }

    /**
     * An IN_PROGRESS reservation older than the lease was left by a request whose process died: its claim never
     * committed, so this request may take the key over. Two retries racing for it: the update lets one win.
     */
    private boolean takeOverAbandoned(ClaimIdempotency existing, String hash, UUID reservation, OffsetDateTime now) {
        if (!existing.createdAt.isBefore(now.minus(inProgressLease))) {
            return false;
        }
        return ClaimIdempotency.update("reservation = ?1, requestHash = ?2, createdAt = ?3 where hospitalId = ?4 "
                        + "and idempotencyKey = ?5 and state = ?6 and createdAt = ?7",
                reservation, hash, now, existing.hospitalId, existing.idempotencyKey, ClaimIdempotency.IN_PROGRESS,
                existing.createdAt) == 1;
    }

    private Answer receive(String hospitalId, String key, UUID reservation, SubmitClaimRequest request) {
        InsuredPerson person = patient(request.patient());
        int policyYear = request.dischargeDate().getYear();
        Map<Integer, Integer> nursingDays = request.setting() == CareSetting.INPATIENT
                ? Adjudicator.nursingDaysByYear(request.admissionDate(), request.inpatientDays()) : Map.of();
        Set<Integer> years = new HashSet<>(nursingDays.keySet());
        years.add(policyYear);
        Map<Integer, Entitlements.Used> used = entitlements.lock(person.id, years);

        Claim duplicate = Claim.find("personId = ?1 and hospitalId = ?2 and status <> ?3 "
                        + "and admissionDate <= ?4 and dischargeDate >= ?5", Sort.by("submittedAt"),
                person.id, hospitalId, ClaimStatus.REJECTED, request.dischargeDate(), request.admissionDate())
                .firstResult();
        BigDecimal subsidyLeft = benefits.medicalSubsidyCapPerYear().subtract(used.get(policyYear).subsidy())
                .max(BigDecimal.ZERO).setScale(2);
        Map<Integer, Integer> nursingLeft = new java.util.TreeMap<>();
        used.forEach((year, u) -> nursingLeft.put(year, Math.max(0, benefits.maxNursingDaysPerYear() - u.nursingDays())));
        List<Adjudicator.Line> lines = request.items().stream()
                .map(item -> new Adjudicator.Line(item.category(), Yuan.parse(item.amount()))).toList();
        Adjudicator.Result result = Adjudicator.adjudicate(new Adjudicator.Input(request.setting(),
                request.admissionDate(), request.inpatientDays(), lines,
                person.covers(request.admissionDate(), request.dischargeDate()), subsidyLeft, nursingLeft,
                benefits.nursingAllowancePerInpatientDay(), claimRules.reviewThreshold(),
                duplicate == null ? null : duplicate.id));

        entitlements.consume(person.id, policyYear, result.medicalBenefit(), 0);
        result.nursing().forEach(year -> entitlements.consume(person.id, year.policyYear(), BigDecimal.ZERO,
                year.daysPaid()));

        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.hospitalId = hospitalId;
        claim.personId = person.id;
        claim.setting = request.setting();
        claim.admissionDate = request.admissionDate();
        claim.dischargeDate = request.dischargeDate();
        claim.inpatientDays = request.inpatientDays();
        claim.diagnosisCodes = String.join(",", request.diagnosisCodes());
        claim.attachments = json(request.attachments() == null ? List.of() : request.attachments());
        claim.policyYear = policyYear;
        claim.status = result.status();
        claim.claimedAmount = result.claimed();
        claim.eligibleAmount = result.eligible();
        claim.medicalBenefit = result.medicalBenefit();
        claim.nursingDaysPaid = result.nursingDaysPaid();
        claim.nursingAllowance = result.nursingAllowance();
        claim.explanations = json(result.explanations().stream()
                .map(e -> new ClaimView.ExplanationView(e.rule(), e.message())).toList());
        claim.nursingByYear = json(result.nursing().stream()
                .map(n -> new ClaimView.NursingView(n.policyYear(), n.daysClaimed(), n.daysPaid(),
                        Yuan.format(n.allowance()))).toList());
        claim.duplicateOf = duplicate == null ? null : duplicate.id;
        claim.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        claim.persist();
        for (int i = 0; i < request.items().size(); i++) {
            SubmitClaimRequest.Item item = request.items().get(i);
            Adjudicator.ItemResult decided = result.items().get(i);
            ClaimLine line = new ClaimLine();
            line.claimId = claim.id;
            line.lineNo = i + 1;
            line.code = item.code();
            line.description = item.description();
            line.category = item.category();
            line.submitted = lines.get(i).amount();
            line.eligible = decided.eligible();
            line.benefit = decided.benefit();
            line.rule = decided.rule();
            line.explanation = decided.explanation();
            line.persist();
        }
        Set<String> rules = new java.util.LinkedHashSet<>();
        result.items().forEach(item -> rules.add(item.rule().name()));
        result.explanations().forEach(explanation -> rules.add(explanation.rule().name()));
        record(claim, hospitalId, null, "提交后自动审核：" + String.join(", ", rules));

        outbox.publish("claim", claim.id, ClaimSubmitted.TYPE, new ClaimSubmitted(claim.id, hospitalId, person.id,
                claim.setting.name(), claim.admissionDate, claim.dischargeDate, claim.inpatientDays,
                Yuan.format(claim.claimedAmount), claim.submittedAt));
        outbox.publish("claim", claim.id, ClaimAdjudicated.TYPE, new ClaimAdjudicated(claim.id, hospitalId, person.id,
                policyYear, claim.status.name(), Yuan.format(claim.claimedAmount), Yuan.format(claim.eligibleAmount),
                Yuan.format(claim.medicalBenefit), claim.nursingDaysPaid, Yuan.format(claim.nursingAllowance),
                Yuan.format(benefit(claim)), claim.duplicateOf, List.copyOf(rules)));

        String body = json(view(claim));
        int completed = ClaimIdempotency.update("state = ?1, claimId = ?2, responseStatus = 201, responseBody = ?3 "
                        + "where hospitalId = ?4 and idempotencyKey = ?5 and state = ?6 and reservation = ?7",
                ClaimIdempotency.DONE, claim.id, body, hospitalId, key, ClaimIdempotency.IN_PROGRESS, reservation);
        if (completed != 1) {
            // held past the lease and taken over by a retry: this request's claim must not be stored as well
            throw new ProblemException(409, "idempotency-key-in-progress", "请求正在处理",
                    "使用 Idempotency-Key " + key + " 的请求已由一次重试接手，请稍后重试", null);
        }
        return new Answer(201, body);
    }

    private InsuredPerson patient(SubmitClaimRequest.Patient patient) {
        if (patient.insuredPersonId() != null) {
            InsuredPerson person = InsuredPerson.findById(patient.insuredPersonId());
            if (person == null) {
                throw ProblemException.invalidField("patient.insuredPersonId", "未找到该参保人");
            }
            return person;
        }
        return enrolments.byIdentityNumber(patient.identityNumber())
                .orElseThrow(() -> ProblemException.invalidField("patient.identityNumber", "未找到该身份证号的参保人"));
    }

    void record(Claim claim, String actor, ClaimStatus from, String reason) {
        ClaimHistory entry = new ClaimHistory();
        entry.claimId = claim.id;
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor;
        entry.fromStatus = from;
        entry.toStatus = claim.status;
        entry.reason = reason;
        entry.persist();
    }

    @Transactional
    public ClaimView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public List<ClaimHistoryView> history(UUID id) {
        Claim claim = visible(id);
        return ClaimHistory.<ClaimHistory>list("claimId", Sort.by("id"), claim.id).stream()
                .map(h -> new ClaimHistoryView(h.at, h.actor, h.fromStatus, h.toStatus, h.reason)).toList();
    }

    /** A hospital's own claims; a district coordinator those of their district's families; the city all. */
    @Transactional
    public PageResponse<ClaimSummary> list(ClaimStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> parameters = new ArrayList<>();
        hospitals.hospitalId().ifPresent(hospital -> {
            parameters.add(hospital);
            query.append(" and hospitalId = ?").append(parameters.size());
        });
        scope.district().ifPresent(district -> {
            parameters.add(district);
            query.append(" and ").append(FamilyScope.personInDistrict("personId", parameters.size()));
        });
        if (status != null) {
            parameters.add(status);
            query.append(" and status = ?").append(parameters.size());
        }
        var found = Claim.<Claim>find(query.toString(), Sort.descending("submittedAt").and("id"), parameters.toArray());
        List<ClaimSummary> items = found.page(Page.of(page, size)).list().stream()
                .map(c -> new ClaimSummary(c.id, c.hospitalId, c.personId, c.status, c.admissionDate, c.dischargeDate,
                        Yuan.format(c.claimedAmount), Yuan.format(benefit(c)), c.submittedAt)).toList();
        return new PageResponse<>(items, page, size, found.count());
    }

    /**
     * A hospital that asks for another hospital's claim, or a district coordinator for a claim of another district's
     * family, learns nothing, not even that it exists.
     */
    private Claim visible(UUID id) {
        Claim claim = Claim.findById(id);
        if (claim == null || hospitals.hospitalId().map(h -> !h.equals(claim.hospitalId)).orElse(false)
                || !reaches(claim)) {
            throw ProblemException.notFound("理赔单", id);
        }
        return claim;
    }

    /** Whether the claim's person belongs to a family within a district coordinator's district (always for others). */
    boolean reaches(Claim claim) {
        if (scope.district().isEmpty()) {
            return true;
        }
        InsuredPerson person = InsuredPerson.findById(claim.personId);
        return person != null && scope.mayReach(person.familyId);
    }

    ClaimView view(Claim claim) {
        List<ClaimView.ItemView> items = ClaimLine.<ClaimLine>list("claimId", Sort.by("lineNo"), claim.id).stream()
                .map(l -> new ClaimView.ItemView(l.lineNo, l.code, l.description, l.category,
                        Yuan.format(l.submitted), Yuan.format(l.eligible), Yuan.format(l.benefit), l.rule,
                        l.explanation)).toList();
        try {
            return new ClaimView(claim.id, claim.hospitalId, claim.personId, claim.setting, claim.admissionDate,
                    claim.dischargeDate, claim.inpatientDays, Arrays.asList(claim.diagnosisCodes.split(",")),
                    claim.policyYear, claim.status, Yuan.format(claim.claimedAmount),
                    Yuan.format(claim.eligibleAmount), Yuan.format(claim.medicalBenefit), claim.nursingDaysPaid,
                    Yuan.format(claim.nursingAllowance), Yuan.format(benefit(claim)), claim.duplicateOf, items,
                    mapper.readValue(claim.nursingByYear, NURSING), mapper.readValue(claim.explanations, EXPLANATIONS),
                    claim.submittedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored adjudication of claim " + claim.id + " is unreadable", e);
        }
    }

    private static BigDecimal benefit(Claim claim) {
        return claim.medicalBenefit.add(claim.nursingAllowance);
    }

    private String hash(SubmitClaimRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

package org.nuanxin.volunteer.call;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.area.District;
import org.nuanxin.volunteer.events.CallClaimed;
import org.nuanxin.volunteer.events.CallOutcomeRecorded;
import org.nuanxin.volunteer.family.FamilyDirectoryEntry;
import org.nuanxin.volunteer.task.TaskAccess;
import org.nuanxin.volunteer.volunteer.Volunteer;
import org.nuanxin.volunteer.volunteer.VolunteerStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Call campaigns and their queue. A caller claims the next due entry (rows locked with SKIP LOCKED, so callers
 * working at once never get the same entry), records the outcome, and an unanswered entry comes back after the
 * campaign's delay until its attempts run out. Coordinators and active volunteers of the campaign's district call.
 */
@ApplicationScoped
public class CampaignService {

    private static final ZoneId XIAMEN = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final TaskAccess access;
    private final CallsConfig config;
    private final EntityManager entityManager;

    CampaignService(Outbox outbox, PiiCipher cipher, Caller caller, TaskAccess access, CallsConfig config,
                    EntityManager entityManager) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
        this.config = config;
        this.entityManager = entityManager;
    }

    @Transactional
    public CampaignView create(CreateCampaignRequest request) {
        String district = request.districtCode() != null ? request.districtCode() : caller.district().orElse(null);
        if (district != null && District.findById(district) == null) {
            throw ProblemException.invalidField("districtCode", "不是厦门市的区划代码");
        }
        if (district == null ? !caller.isCityWide() : !caller.mayAccessDistrict(district)) {
            throw ProblemException.forbidden("只能为本区建立电话任务");
        }
        List<UUID> familyIds = request.familyIds() == null ? List.of() : request.familyIds();
        List<UUID> volunteerIds = request.volunteerIds() == null ? List.of() : request.volunteerIds();
        if (familyIds.isEmpty() && volunteerIds.isEmpty()) {
            throw ProblemException.invalidField("familyIds", "请至少选择一户家庭或一位人员");
        }
        Duration delay = request.redeliveryDelay() == null ? config.redeliveryDelay() : request.redeliveryDelay();
        if (delay.getSeconds() < 1 || delay.compareTo(Duration.ofDays(7)) > 0) {
            throw ProblemException.invalidField("redeliveryDelay", "重新排队间隔须在 1 秒到 7 天之间");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CallCampaign campaign = new CallCampaign();
        campaign.id = UUID.randomUUID();
        campaign.name = request.name().trim();
        campaign.purpose = request.purpose();
        campaign.districtCode = district;
        campaign.redeliveryDelaySeconds = (int) delay.getSeconds();
        campaign.maxAttempts = request.maxAttempts() == null ? config.maxAttempts() : request.maxAttempts();
        campaign.status = CallCampaign.Status.OPEN;
        campaign.createdBy = caller.username();
        campaign.createdAt = now;
        campaign.persist();

        List<UUID> families = new ArrayList<>(new LinkedHashSet<>(familyIds));
        for (int i = 0; i < families.size(); i++) {
            FamilyDirectoryEntry family = FamilyDirectoryEntry.findById(families.get(i));
            if (family == null || !family.isActive() || (district != null && !district.equals(family.districtCode))) {
                throw ProblemException.invalidField("familyIds[" + familyIds.indexOf(families.get(i)) + "]",
                        "家庭未登记、已结案或不在本次范围内");
            }
            addEntry(campaign, family.familyId, null, family.districtCode, now);
        }
        List<UUID> people = new ArrayList<>(new LinkedHashSet<>(volunteerIds));
        for (UUID id : people) {
            Volunteer volunteer = Volunteer.findById(id);
            if (volunteer == null || (district != null && !district.equals(volunteer.districtCode))) {
                throw ProblemException.invalidField("volunteerIds[" + volunteerIds.indexOf(id) + "]", "人员不在本次范围内");
            }
            addEntry(campaign, null, volunteer.id, volunteer.districtCode, now);
        }
        return view(campaign);
    }

    private static void addEntry(CallCampaign campaign, UUID familyId, UUID volunteerId, String districtCode,
                                 OffsetDateTime now) {
        CallEntry entry = new CallEntry();
        entry.id = UUID.randomUUID();
        entry.campaignId = campaign.id;
        entry.familyId = familyId;
        entry.volunteerId = volunteerId;
        entry.districtCode = districtCode;
        entry.status = CallEntry.Status.PENDING;
        entry.nextAttemptAt = now;
        entry.persist();
    }

    @Transactional
    public List<CampaignView> list() {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        caller.district().ifPresent(scope -> {
            where.append(" AND districtCode = :scope");
            params.and("scope", scope);
        });
        return CallCampaign.<CallCampaign>list("FROM CallCampaign WHERE " + where + " ORDER BY createdAt DESC", params)
                .stream().map(this::view).toList();
    }

    @Transactional
    public CampaignView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public CampaignView close(UUID id) {
        CallCampaign campaign = visible(id);
        if (!caller.isCoordinator()) {
            throw ProblemException.forbidden("只有协调员能结束电话任务");
        }
        campaign.status = CallCampaign.Status.CLOSED;
        return view(campaign);
    }

    /** The caller's next entry: the one they hold, else the longest-due one nobody holds. Empty when none is due. */
    @Transactional
    public Optional<CallEntryView> next(UUID campaignId) {
        CallCampaign campaign = callable(campaignId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<CallEntry> held = CallEntry.find("campaignId = ?1 AND status = ?2 AND claimedBy = ?3",
                campaign.id, CallEntry.Status.CLAIMED, caller.username()).firstResultOptional();
        if (held.isPresent()) {
            return held.map(CampaignService::toView);
        }
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                        SELECT id FROM call_entry
                        WHERE campaign_id = :campaign
                          AND ((status = 'PENDING' AND next_attempt_at <= :now)
                            OR (status = 'CLAIMED' AND claimed_at < :abandoned))
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("campaign", campaign.id)
                .setParameter("now", now)
                .setParameter("abandoned", now.minus(config.claimTimeout()))
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        CallEntry entry = CallEntry.findById(due.get(0));
        entry.status = CallEntry.Status.CLAIMED;
        entry.claimedBy = caller.username();
        entry.claimedAt = now;
        if (entry.familyId != null) {
            outbox.publish("call-campaign", campaign.id, CallClaimed.TYPE, new CallClaimed(campaign.id, entry.id,
                    entry.familyId, entry.districtCode, caller.username(), now, now.plus(config.claimTimeout())));
        }
        return Optional.of(toView(entry));
    }

    @Transactional
    public CallEntryView record(UUID campaignId, UUID entryId, OutcomeRequest request) {
        CallCampaign campaign = callable(campaignId);
        CallEntry entry = CallEntry.findById(entryId);
        if (entry == null || !entry.campaignId.equals(campaign.id)) {
            throw ProblemException.notFound("电话任务条目", entryId);
        }
        if (entry.status != CallEntry.Status.CLAIMED || !caller.username().equals(entry.claimedBy)) {
            throw ProblemException.conflict("此条目不在你的拨打队列中，请先领取下一通电话");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CallAttempt attempt = new CallAttempt();
        attempt.id = UUID.randomUUID();
        attempt.entryId = entry.id;
        attempt.campaignId = campaign.id;
        attempt.caller = caller.username();
        attempt.outcome = request.outcome();
        attempt.notesEncrypted = request.notes() == null || request.notes().isBlank() ? null : cipher.encrypt(request.notes().trim());
        attempt.calledAt = now;
        attempt.persist();

        entry.attempts++;
        entry.lastOutcome = request.outcome();
        entry.claimedBy = null;
        entry.claimedAt = null;
        if (request.outcome() == CallOutcome.NO_ANSWER) {
            if (entry.attempts < campaign.maxAttempts) {
                entry.status = CallEntry.Status.PENDING;
                entry.nextAttemptAt = now.plusSeconds(campaign.redeliveryDelaySeconds);
            } else {
                entry.status = CallEntry.Status.UNREACHED;
            }
        } else {
            entry.status = CallEntry.Status.DONE;
            entry.needsFollowUp = request.outcome() == CallOutcome.NEEDS_FOLLOW_UP
                    || request.outcome() == CallOutcome.WRONG_NUMBER;
        }
        entityManager.flush();
        outbox.publish("call-campaign", campaign.id, CallOutcomeRecorded.TYPE, new CallOutcomeRecorded(campaign.id,
                entry.id, entry.familyId, entry.volunteerId, entry.districtCode, campaign.purpose.name(),
                request.outcome().name(), entry.attempts, entry.status.name(),
                entry.status == CallEntry.Status.PENDING ? entry.nextAttemptAt : null, now));
        return toView(entry);
    }

    private CallCampaign visible(UUID id) {
        CallCampaign campaign = CallCampaign.findById(id);
        if (campaign == null || (campaign.districtCode != null && !caller.mayAccessDistrict(campaign.districtCode))
                || (campaign.districtCode == null && !caller.isCityWide())) {
            throw ProblemException.notFound("电话任务", id);
        }
        return campaign;
    }

    /** Coordinators of the campaign's area, or an active volunteer of its district, while it is open. */
    private CallCampaign callable(UUID id) {
        CallCampaign campaign = CallCampaign.findById(id);
        boolean mayCall;
        if (campaign == null) {
            mayCall = false;
        } else if (access.callerIsVolunteer()) {
            mayCall = access.self().filter(v -> v.status == VolunteerStatus.ACTIVE)
                    .map(v -> campaign.districtCode == null || campaign.districtCode.equals(v.districtCode)).orElse(false);
        } else {
            mayCall = caller.isCoordinator() && (campaign.districtCode == null ? caller.isCityWide()
                    : caller.mayAccessDistrict(campaign.districtCode));
        }
        if (!mayCall) {
            throw ProblemException.notFound("电话任务", id);
        }
        if (campaign.status == CallCampaign.Status.CLOSED) {
            throw ProblemException.conflict("电话任务已结束");
        }
        return campaign;
    }

    private CampaignView view(CallCampaign campaign) {
        Map<CallEntry.Status, Long> byStatus = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = entityManager.createQuery(
                        "SELECT e.status, count(e) FROM CallEntry e WHERE e.campaignId = :c GROUP BY e.status")
                .setParameter("c", campaign.id).getResultList();
        counts.forEach(row -> byStatus.put((CallEntry.Status) row[0], (Long) row[1]));
        long followUps = CallEntry.count("campaignId = ?1 AND needsFollowUp = true", campaign.id);
        long calls = CallAttempt.count("campaignId", campaign.id);
        OffsetDateTime today = LocalDate.now(XIAMEN).atStartOfDay(XIAMEN).toOffsetDateTime();
        @SuppressWarnings("unchecked")
        List<Object[]> perCaller = entityManager.createQuery("""
                        SELECT a.caller, sum(case when a.calledAt >= :today then 1 else 0 end), count(a),
                               sum(case when a.outcome = :reached then 1 else 0 end)
                        FROM CallAttempt a WHERE a.campaignId = :c GROUP BY a.caller ORDER BY a.caller""")
                .setParameter("c", campaign.id).setParameter("today", today)
                .setParameter("reached", CallOutcome.REACHED).getResultList();
        List<CampaignView.CallerProgress> callers = perCaller.stream()
                .map(row -> new CampaignView.CallerProgress((String) row[0], ((Number) row[1]).longValue(),
                        config.dailyTargetPerCaller(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new CampaignView(campaign.id, campaign.name, campaign.purpose, campaign.districtCode, campaign.status,
                Duration.ofSeconds(campaign.redeliveryDelaySeconds).toString(), campaign.maxAttempts, campaign.createdAt,
                new CampaignView.Progress(total, byStatus.getOrDefault(CallEntry.Status.PENDING, 0L),
                        byStatus.getOrDefault(CallEntry.Status.CLAIMED, 0L), byStatus.getOrDefault(CallEntry.Status.DONE, 0L),
                        byStatus.getOrDefault(CallEntry.Status.UNREACHED, 0L), followUps, calls),
                callers);
    }

    private static CallEntryView toView(CallEntry entry) {
        return new CallEntryView(entry.id, entry.campaignId, entry.familyId, entry.volunteerId, entry.districtCode,
                entry.status, entry.attempts, entry.lastOutcome, entry.nextAttemptAt, entry.needsFollowUp);
    }
}

package org.nuanxin.volunteer.volunteer;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.area.District;
import org.nuanxin.volunteer.events.VolunteerRegistered;
import org.nuanxin.volunteer.events.VolunteerStatusChanged;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers and finds members of the corps; every registration commits together with its event or not at all. */
@ApplicationScoped
public class VolunteerService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final VolunteerMapper mapper;
    private final Caller caller;

    private final OpenTasks openTasks;

    VolunteerService(Outbox outbox, PiiCipher cipher, VolunteerMapper mapper, Caller caller, OpenTasks openTasks) {
        this.outbox = outbox;
        this.openTasks = openTasks;
        this.cipher = cipher;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Transactional
    public VolunteerView register(RegisterVolunteerRequest request) {
        District district = District.findById(request.districtCode());
        if (district == null) {
            throw ProblemException.invalidField("districtCode", "不是厦门市的区划代码");
        }
        if (!caller.mayAccessDistrict(district.code)) {
            throw ProblemException.forbidden("只能登记本区的志愿者");
        }
        String phoneIndex = cipher.blindIndex(request.phone());
        if (Volunteer.count("phoneIndex", phoneIndex) > 0) {
            throw ProblemException.conflictOnField("phone", "此手机号已登记在志愿者名册中");
        }

        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.name = request.name().trim();
        volunteer.phoneEncrypted = cipher.encrypt(request.phone());
        volunteer.phoneIndex = phoneIndex;
        volunteer.districtCode = district.code;
        volunteer.kind = request.kind();
        volunteer.skills.addAll(request.skills().stream().distinct().toList());
        volunteer.qualifications.addAll(trimmedDistinct(request.qualifications()));
        volunteer.dialects.addAll(trimmedDistinct(request.dialects()));
        volunteer.status = VolunteerStatus.APPLICANT;
        volunteer.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        volunteer.registeredBy = caller.username();
        volunteer.statusChangedAt = volunteer.registeredAt;
        volunteer.latitude = request.latitude();
        volunteer.longitude = request.longitude();
        if (request.latitude() == null ^ request.longitude() == null) {
            throw ProblemException.invalidField(request.latitude() == null ? "latitude" : "longitude", "经纬度须同时填写");
        }
        if (request.username() != null) {
            requireUnusedUsername(request.username(), null);
            volunteer.username = request.username();
        }
        volunteer.persist();

        outbox.publish("volunteer", volunteer.id, VolunteerRegistered.TYPE, new VolunteerRegistered(volunteer.id,
                volunteer.kind.name(), volunteer.districtCode, volunteer.skills.stream().map(Skill::name).toList(),
                List.copyOf(volunteer.qualifications), List.copyOf(volunteer.dialects), volunteer.status.name(),
                volunteer.registeredAt));
        return mapper.toView(volunteer, Map.of(district.code, district.name));
    }

    /** Applicant → active → suspended or left, by a coordinator of the member's district, with a reason. */
    @Transactional
    public VolunteerView changeStatus(UUID id, ChangeStatusRequest request) {
        Volunteer volunteer = inScope(id);
        VolunteerStatus from = volunteer.status;
        if (from == request.status()) {
            return mapper.toView(volunteer, District.names());
        }
        if (!from.mayBecome(request.status())) {
            throw ProblemException.conflictOnField("status", "不能从 " + from + " 变为 " + request.status());
        }
        if (request.status() == VolunteerStatus.SUSPENDED || request.status() == VolunteerStatus.LEFT) {
            long open = openTasks.count(volunteer.id);
            if (open > 0) {
                throw ProblemException.conflictOnField("status", "名下还有 " + open + " 项未完成的任务，请先改派或取消");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        volunteer.status = request.status();
        volunteer.statusChangedAt = now;
        VolunteerStatusChange change = new VolunteerStatusChange();
        change.id = UUID.randomUUID();
        change.volunteerId = volunteer.id;
        change.fromStatus = from;
        change.toStatus = request.status();
        change.reason = request.reason().trim();
        change.changedBy = caller.username();
        change.changedAt = now;
        change.persist();

        String type = switch (request.status()) {
            case ACTIVE -> from == VolunteerStatus.APPLICANT ? VolunteerStatusChanged.JOINED : VolunteerStatusChanged.REINSTATED;
            case SUSPENDED -> VolunteerStatusChanged.SUSPENDED;
            case LEFT -> VolunteerStatusChanged.LEFT;
            case APPLICANT -> throw new IllegalStateException("no way back to APPLICANT");
        };
        outbox.publish("volunteer", volunteer.id, type, new VolunteerStatusChanged(volunteer.id, volunteer.districtCode,
                volunteer.kind.name(), from.name(), volunteer.status.name(), now));
        return mapper.toView(volunteer, District.names());
    }

    @Transactional
    public List<StatusChangeView> statusHistory(UUID id) {
        Volunteer volunteer = inScope(id);
        return VolunteerStatusChange.<VolunteerStatusChange>list("volunteerId = ?1 ORDER BY changedAt DESC", volunteer.id)
                .stream().map(c -> new StatusChangeView(c.fromStatus, c.toStatus, c.reason, c.changedBy, c.changedAt))
                .toList();
    }

    /** Links the member to a login account, or unlinks with null; one account, one member. */
    @Transactional
    public VolunteerView linkAccount(UUID id, Account account) {
        Volunteer volunteer = inScope(id);
        if (!caller.isCoordinator()) {
            throw ProblemException.forbidden("只有协调员能开通账号");
        }
        if (account.username() != null) {
            requireUnusedUsername(account.username(), volunteer.id);
        }
        volunteer.username = account.username();
        return mapper.toView(volunteer, District.names());
    }

    @Transactional
    public VolunteerView setAvailability(UUID id, AvailabilityRequest request) {
        return replaceAvailability(inScope(id), request);
    }

    /** The member linked to the caller's account; 404 when the account is linked to none. */
    @Transactional
    public VolunteerView me() {
        return mapper.toView(self(), District.names());
    }

    @Transactional
    public VolunteerView setMyAvailability(AvailabilityRequest request) {
        return replaceAvailability(self(), request);
    }

    private VolunteerView replaceAvailability(Volunteer volunteer, AvailabilityRequest request) {
        volunteer.availability.clear();
        volunteer.availability.addAll(request.slots());
        return mapper.toView(volunteer, District.names());
    }

    private Volunteer self() {
        return Volunteer.byUsername(caller.username())
                .orElseThrow(() -> new ProblemException(404, "not-found", "未找到",
                        "账号 " + caller.username() + " 未关联志愿者档案，请联系协调员", null));
    }

    private Volunteer inScope(UUID id) {
        Volunteer volunteer = Volunteer.findById(id);
        if (volunteer == null || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.notFound("志愿者", id);
        }
        return volunteer;
    }

    private static void requireUnusedUsername(String username, UUID except) {
        Volunteer.byUsername(username).filter(holder -> !holder.id.equals(except)).ifPresent(holder -> {
            throw ProblemException.conflictOnField("username", "此账号已关联其他志愿者");
        });
    }

    private static List<String> trimmedDistinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).distinct().toList();
    }

    /** A member outside the caller's area is reported as absent, not as forbidden. */
    @Transactional
    public VolunteerView get(UUID id) {
        return mapper.toView(inScope(id), District.names());
    }

    /** Searches the caller's area. {@code q} matches part of a name or a full phone number (through its blind index). */
    @Transactional
    public PageResponse<VolunteerView> search(VolunteerSearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        caller.district().ifPresent(district -> {
            where.append(" AND v.districtCode = :scope");
            params.and("scope", district);
        });
        if (search.districtCode() != null) {
            where.append(" AND v.districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.status() != null) {
            where.append(" AND v.status = :status");
            params.and("status", search.status());
        }
        if (search.skill() != null) {
            where.append(" AND :skill MEMBER OF v.skills");
            params.and("skill", search.skill());
        }
        if (search.q() != null && !search.q().isBlank()) {
            String q = search.q().trim();
            where.append(" AND (v.name LIKE :name OR v.phoneIndex = :digest)");
            params.and("name", "%" + q.replace("%", "").replace("_", "") + "%")
                    .and("digest", cipher.blindIndex(q));
        }
        var query = Volunteer.find("FROM Volunteer v WHERE " + where, Sort.descending("registeredAt"), params)
                .page(Page.of(search.page(), search.size()));
        Map<String, String> districtNames = District.names();
        List<VolunteerView> items = query.<Volunteer>list().stream()
                .map(volunteer -> mapper.toView(volunteer, districtNames)).toList();
        return new PageResponse<>(items, search.page(), search.size(), query.count());
    }
}

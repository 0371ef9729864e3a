package org.nuanxin.volunteer.hours;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.area.District;
import org.nuanxin.volunteer.task.Task;
import org.nuanxin.volunteer.task.TaskAccess;
import org.nuanxin.volunteer.volunteer.Volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the ledger, takes correction requests and decisions, and exports the record. A volunteer reads their own
 * ledger and asks for corrections of their own hours; only a coordinator of their district decides, never on a
 * request of their own.
 */
@ApplicationScoped
public class ServiceHoursService {

    static final ZoneId XIAMEN = ZoneId.of("Asia/Shanghai");
    private static final int RECENT_ENTRIES = 100;

    private final Caller caller;
    private final TaskAccess access;
    private final ServiceHourLedger ledger;
    private final PiiCipher cipher;
    private final ServiceHoursConfig config;
    private final StarLevels stars;

    ServiceHoursService(Caller caller, TaskAccess access, ServiceHourLedger ledger, PiiCipher cipher,
                        ServiceHoursConfig config) {
        this.caller = caller;
        this.access = access;
        this.ledger = ledger;
        this.cipher = cipher;
        this.config = config;
        this.stars = new StarLevels(config.starThresholdsHours());
    }

    @Transactional
    public ServiceHoursView of(UUID volunteerId) {
        return summary(readable(volunteerId));
    }

    @Transactional
    public ServiceHoursView mine() {
        return summary(self());
    }

    @Transactional
    public CorrectionView request(CorrectionRequest request) {
        Volunteer volunteer = access.callerIsVolunteer() ? self() : inCoordinatorScope(request.volunteerId(), "volunteerId");
        if (!volunteer.id.equals(request.volunteerId())) {
            throw ProblemException.invalidField("volunteerId", "只能为自己申请更正");
        }
        if (request.minutes() == 0 || Math.abs(request.minutes()) > config.maxCorrectionMinutes()) {
            throw ProblemException.invalidField("minutes", "更正分钟数须非零且不超过 " + config.maxCorrectionMinutes());
        }
        if (request.taskId() != null) {
            Task task = Task.findById(request.taskId());
            if (task == null || !volunteer.id.equals(task.volunteerId)) {
                throw ProblemException.invalidField("taskId", "不是该志愿者的任务");
            }
        }
        HourCorrection correction = new HourCorrection();
        correction.id = UUID.randomUUID();
        correction.volunteerId = volunteer.id;
        correction.taskId = request.taskId();
        correction.minutes = request.minutes();
        correction.reason = request.reason().trim();
        correction.status = HourCorrection.Status.PENDING;
        correction.requestedBy = caller.username();
        correction.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        correction.persist();
        return toView(correction, Map.of(volunteer.id, volunteer.name));
    }

    /** Approves (credits the ledger) or rejects; a decided request stays decided. */
    @Transactional
    public CorrectionView decide(UUID id, CorrectionDecision decision) {
        HourCorrection correction = HourCorrection.findById(id);
        Volunteer volunteer = correction == null ? null : Volunteer.findById(correction.volunteerId);
        if (volunteer == null || !caller.isCoordinator() || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.notFound("工时更正", id);
        }
        if (decision.version() != null && decision.version() != correction.version) {
            throw ProblemException.conflictOnField("version", "更正申请已被他人处理，请刷新");
        }
        if (correction.status != HourCorrection.Status.PENDING) {
            throw ProblemException.conflict("更正申请已" + (correction.status == HourCorrection.Status.APPROVED ? "批准" : "驳回"));
        }
        if (caller.username().equals(correction.requestedBy)) {
            throw ProblemException.conflict("不能审批自己提出的更正申请");
        }
        if (decision.approve() && correction.minutes < 0
                && ServiceHourLedger.totalMinutes(volunteer.id) + correction.minutes < 0) {
            throw ProblemException.conflictOnField("minutes", "扣减后工时将为负数");
        }
        correction.status = decision.approve() ? HourCorrection.Status.APPROVED : HourCorrection.Status.REJECTED;
        correction.decidedBy = caller.username();
        correction.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        correction.decisionReason = decision.reason().trim();
        HourCorrection.getEntityManager().flush();
        if (decision.approve()) {
            ledger.creditCorrection(correction);
        }
        return toView(correction, Map.of(volunteer.id, volunteer.name));
    }

    /** Pending (or other) requests in the caller's area, oldest first; a volunteer sees their own. */
    @Transactional
    public List<CorrectionView> corrections(HourCorrection.Status status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (access.callerIsVolunteer()) {
            where.append(" AND c.volunteerId = :self");
            params.and("self", self().id);
        } else {
            caller.district().ifPresent(scope -> {
                where.append(" AND c.volunteerId IN (SELECT v.id FROM Volunteer v WHERE v.districtCode = :scope)");
                params.and("scope", scope);
            });
        }
        if (status != null) {
            where.append(" AND c.status = :status");
            params.and("status", status);
        }
        List<HourCorrection> found = HourCorrection.list("FROM HourCorrection c WHERE " + where + " ORDER BY c.requestedAt",
                params);
        Set<UUID> ids = found.stream().map(c -> c.volunteerId).collect(Collectors.toSet());
        Map<UUID, String> names = ids.isEmpty() ? Map.of() : Volunteer.<Volunteer>list("id IN ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, v -> v.name));
        return found.stream().map(c -> toView(c, names)).toList();
    }

    /**
     * The ledger rows of a period as CSV for the national volunteer record (全国志愿服务信息系统): UTF-8 with a BOM so
     * Excel opens the Chinese headers, one row per credited service. The phone is in full: it is how the national
     * system identifies the volunteer; only coordinators may export.
     */
    @Transactional
    public String exportCsv(String districtCode, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "结束日期不能早于开始日期");
        }
        if (districtCode != null && !caller.mayAccessDistrict(districtCode)) {
            throw ProblemException.forbidden("只能导出本区的服务时长");
        }
        String scope = caller.district().orElse(districtCode);
        StringBuilder where = new StringBuilder("e.creditedAt >= :from AND e.creditedAt < :to");
        Parameters params = Parameters.with("from", from.atStartOfDay(XIAMEN).toOffsetDateTime())
                .and("to", to.plusDays(1).atStartOfDay(XIAMEN).toOffsetDateTime());
        if (scope != null) {
            where.append(" AND e.volunteerId IN (SELECT v.id FROM Volunteer v WHERE v.districtCode = :scope)");
            params.and("scope", scope);
        }
        List<ServiceHourEntry> entries = ServiceHourEntry.list("FROM ServiceHourEntry e WHERE " + where
                + " ORDER BY e.creditedAt, e.id", params);
        Set<UUID> ids = entries.stream().map(e -> e.volunteerId).collect(Collectors.toSet());
        Map<UUID, Volunteer> volunteers = ids.isEmpty() ? Map.of() : Volunteer.<Volunteer>list("id IN ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, v -> v));
        Map<String, String> districts = District.names();
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvRow.of("志愿者编号", "姓名", "手机号", "所在区", "服务日期", "服务类型", "开始时间", "结束时间",
                "服务时长（小时）", "服务分钟", "记录来源"));
        for (ServiceHourEntry entry : entries) {
            Volunteer v = volunteers.get(entry.volunteerId);
            OffsetDateTime day = entry.startedAt == null ? entry.creditedAt : entry.startedAt;
            csv.append(CsvRow.of(v.id.toString(), v.name, cipher.decrypt(v.phoneEncrypted), districts.get(v.districtCode),
                    day.atZoneSameInstant(XIAMEN).format(date), entry.taskKind == null ? "" : entry.taskKind.label(),
                    entry.startedAt == null ? "" : entry.startedAt.atZoneSameInstant(XIAMEN).format(time),
                    entry.endedAt == null ? "" : entry.endedAt.atZoneSameInstant(XIAMEN).format(time),
                    HoursComputation.hours(entry.minutes), Integer.toString(entry.minutes),
                    entry.source == ServiceHourEntry.Source.CHECK_IN ? "签到核验" : "审批更正"));
        }
        return csv.toString();
    }

    private ServiceHoursView summary(Volunteer volunteer) {
        long total = ServiceHourLedger.totalMinutes(volunteer.id);
        long services = ServiceHourEntry.count("volunteerId = ?1 AND source = ?2", volunteer.id,
                ServiceHourEntry.Source.CHECK_IN);
        List<ServiceHoursView.Entry> entries = ServiceHourEntry.<ServiceHourEntry>find(
                        "volunteerId = ?1 ORDER BY creditedAt DESC, id", volunteer.id)
                .page(0, RECENT_ENTRIES).list().stream()
                .map(e -> new ServiceHoursView.Entry(e.id, e.source, e.taskId, e.taskKind, e.startedAt, e.endedAt,
                        e.minutes, e.creditedAt)).toList();
        int level = stars.level(total);
        return new ServiceHoursView(volunteer.id, volunteer.name, total, HoursComputation.hours(total), level,
                StarLevels.name(level), stars.nextThresholdHours(total), services, entries);
    }

    private Volunteer readable(UUID volunteerId) {
        if (access.callerIsVolunteer()) {
            Volunteer self = access.self().orElse(null);
            if (self == null || !self.id.equals(volunteerId)) {
                throw ProblemException.notFound("志愿者", volunteerId);
            }
            return self;
        }
        Volunteer volunteer = Volunteer.findById(volunteerId);
        if (volunteer == null || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.notFound("志愿者", volunteerId);
        }
        return volunteer;
    }

    private Volunteer inCoordinatorScope(UUID volunteerId, String field) {
        Volunteer volunteer = Volunteer.findById(volunteerId);
        if (volunteer == null || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.invalidField(field, "没有这位志愿者（或不在本区）");
        }
        return volunteer;
    }

    private Volunteer self() {
        return access.self().orElseThrow(() -> new ProblemException(404, "not-found", "未找到",
                "账号 " + caller.username() + " 未关联志愿者档案，请联系协调员", null));
    }

    private static CorrectionView toView(HourCorrection c, Map<UUID, String> names) {
        return new CorrectionView(c.id, c.volunteerId, names.get(c.volunteerId), c.taskId, c.minutes, c.reason, c.status,
                c.requestedBy, c.requestedAt, c.decidedBy, c.decidedAt, c.decisionReason, c.version);
    }

    /** One CSV line, RFC 4180 quoting, CRLF. */
    static final class CsvRow {
        private CsvRow() {
        }

        static String of(String... cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                String cell = cells[i] == null ? "" : cells[i];
                // a leading = + - @ would be a formula in Excel
                if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")) {
                    cell = "'" + cell;
                }
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                    cell = "\"" + cell.replace("\"", "\"\"") + "\"";
                }
                line.append(cell);
            }
            return line.append("\r\n").toString();
        }
    }
}

package org.nuanxin.volunteer.demo;

import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.volunteer.events.CallOutcomeRecorded;
import org.nuanxin.volunteer.events.TaskAssigned;
import org.nuanxin.volunteer.events.TaskCompleted;
import org.nuanxin.volunteer.events.VisitReported;
import org.nuanxin.volunteer.task.TaskKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A month of work over the families the directory knows: past tasks done (verified check-ins, hours, visit
 * reports), some cancelled, coming ones open, assigned or accepted; the demo login's week; imported earlier hours;
 * and two call campaigns part-way through. Events only for completed visits and calls (so family-service records
 * them as contacts) and for coming assignments.
 */
final class DemoWork {

    private static final ZoneId XIAMEN = ZoneId.of("Asia/Shanghai");
    private static final TaskKind[] KINDS = {TaskKind.HOME_VISIT, TaskKind.HOME_VISIT, TaskKind.HOME_VISIT,
            TaskKind.HOME_VISIT, TaskKind.PHONE_CONTACT, TaskKind.PHONE_CONTACT, TaskKind.PHONE_CONTACT,
            TaskKind.ACCOMPANY_TO_HOSPITAL, TaskKind.ACCOMPANY_TO_HOSPITAL, TaskKind.ERRAND, TaskKind.ERRAND,
            TaskKind.PSYCHOLOGICAL_SUPPORT, TaskKind.EVENT_SUPPORT};
    private static final int[] START_HOURS = {9, 9, 10, 10, 14, 15, 15, 16};
    private static final String[] INSTRUCTIONS = {"老人耳背，请大声说话", "请带上血压计，量一次血压", "老人独居，请陪聊半小时",
            "需代购降压药（处方在老人处）", "老人腿脚不便，陪同时请扶好", "近期情绪低落，请多倾听", "请确认下月体检时间"};
    private static final String[] NOTES = {"老人情绪平稳，聊了家常", "提到膝盖疼，建议就医", "家中整洁，饮食正常",
            "近来睡眠不好，已告知社工", "想参加社区的暖心大学堂", "冰箱里食物不多，已帮忙采购"};
    private static final String[] NEEDS = {"MEDICAL", "PSYCHOLOGICAL", "DAILY_CARE", "SOCIAL"};

    record Family(UUID id, String district) {
    }

    record Member(UUID id, String district, String username, Set<String> skills) {
    }

    private final Connection db;
    private final PiiCipher cipher;
    private final Outbox outbox;
    private final Random random;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final Map<UUID, List<OffsetDateTime[]>> booked = new HashMap<>();
    private PreparedStatement task;
    private PreparedStatement entry;
    private PreparedStatement report;
    private PreparedStatement need;
    private int events;

    DemoWork(Connection db, PiiCipher cipher, Outbox outbox, Random random) {
        this.db = db;
        this.cipher = cipher;
        this.outbox = outbox;
        this.random = random;
    }

    /** @return tasks written */
    int tasks(List<Family> families, Map<String, List<Member>> membersByDistrict, Member demoLogin,
              int tasksPerDay, int pastDays, int futureDays) throws SQLException {
        task = db.prepareStatement("INSERT INTO task (id, family_id, district_code, kind, priority, window_start, "
                + "window_end, latitude, longitude, place_enc, instructions_enc, preferred_dialect, verification, status, "
                + "volunteer_id, assigned_at, accepted_at, checked_in_at, check_in_method, checked_out_at, completed_at, "
                + "cancelled_at, cancel_reason, created_at, created_by, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CODE_OR_POSITION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        entry = db.prepareStatement("INSERT INTO service_hour_entry (id, volunteer_id, task_id, source, task_kind, "
                + "started_at, ended_at, minutes, credited_at) VALUES (?, ?, ?, 'CHECK_IN', ?, ?, ?, ?, ?)");
        report = db.prepareStatement("INSERT INTO visit_report (id, task_id, family_id, volunteer_id, kind, contacted_at, "
                + "duration_minutes, location, wellbeing, notes_enc, follow_up_enc, follow_up_due, reported_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
        need = db.prepareStatement("INSERT INTO visit_report_need (report_id, need) VALUES (?, ?)");
        int written = 0;
        LocalDate today = LocalDate.now(XIAMEN);
        for (int day = -pastDays; day <= futureDays; day++) {
            for (int i = 0; i < tasksPerDay; i++) {
                Family family = families.get(random.nextInt(families.size()));
                TaskKind kind = KINDS[random.nextInt(KINDS.length)];
                ZonedDateTime start = today.plusDays(day).atTime(START_HOURS[random.nextInt(START_HOURS.length)], 0).atZone(XIAMEN);
                int minutes = kind == TaskKind.PHONE_CONTACT ? 60 : kind == TaskKind.ACCOMPANY_TO_HOSPITAL ? 180 : 120;
                OffsetDateTime from = start.toOffsetDateTime();
                OffsetDateTime to = from.plusMinutes(minutes);
                Member member = pick(membersByDistrict.getOrDefault(family.district(), List.of()), kind, from, to, demoLogin);
                write(family, kind, from, to, member, null);
                written++;
            }
        }
        written += demoLoginsWeek(families, demoLogin);
        task.executeBatch();
        entry.executeBatch();
        report.executeBatch();
        need.executeBatch();
        return written;
    }

    /** Yesterday's visit done, one under way now (accepted, ready to check in), two coming this week. */
    private int demoLoginsWeek(List<Family> families, Member demo) throws SQLException {
        if (demo == null) {
            return 0;
        }
        List<Family> own = families.stream().filter(f -> f.district().equals(demo.district())).toList();
        if (own.isEmpty()) {
            return 0;
        }
        OffsetDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        List<Object[]> plan = List.of(
                new Object[] {TaskKind.HOME_VISIT, hour.minusDays(1).minusHours(1), 120, "COMPLETED"},
                new Object[] {TaskKind.HOME_VISIT, hour.minusMinutes(30), 150, "ACCEPTED"},
                new Object[] {TaskKind.PHONE_CONTACT, hour.plusDays(1).plusHours(1), 60, "ASSIGNED"},
                new Object[] {TaskKind.ACCOMPANY_TO_HOSPITAL, hour.plusDays(2), 180, "ACCEPTED"});
        int n = 0;
        for (Object[] p : plan) {
            OffsetDateTime from = (OffsetDateTime) p[1];
            OffsetDateTime to = from.plusMinutes((Integer) p[2]);
            clear(demo.id(), from, to);
            book(demo.id(), from, to);
            write(own.get(n % own.size()), (TaskKind) p[0], from, to, demo, (String) p[3]);
            n++;
        }
        return n;
    }

    private void write(Family family, TaskKind kind, OffsetDateTime from, OffsetDateTime to, Member member,
                       String forcedStatus) throws SQLException {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        boolean past = to.isBefore(now);
        String status;
        if (member == null) {
            status = past ? "CANCELLED" : "OPEN";
        } else if (forcedStatus != null) {
            status = forcedStatus;
        } else if (past) {
            status = random.nextInt(100) < 90 ? "COMPLETED" : "CANCELLED";
        } else {
            int roll = random.nextInt(100);
            status = roll < 20 ? "OPEN" : roll < 55 ? "ASSIGNED" : "ACCEPTED";
        }
        UUID volunteer = status.equals("OPEN") || member == null ? null : member.id();
        DemoPeople.DistrictSpot spot = DemoPeople.DISTRICTS.stream().filter(s -> s.code().equals(family.district()))
                .findFirst().orElse(DemoPeople.DISTRICTS.get(0));
        double lat = DemoPeople.round(spot.latitude() + (random.nextDouble() - 0.5) * 0.04);
        double lon = DemoPeople.round(spot.longitude() + (random.nextDouble() - 0.5) * 0.04);
        OffsetDateTime created = from.minusDays(2 + random.nextInt(5));
        OffsetDateTime assigned = volunteer == null ? null : created.plusHours(2);
        boolean accepted = status.equals("ACCEPTED") || status.equals("COMPLETED");
        boolean done = status.equals("COMPLETED");
        OffsetDateTime checkedIn = done ? from.plusMinutes(random.nextInt(15)) : null;
        OffsetDateTime checkedOut = done ? to.minusMinutes(random.nextInt(25)) : null;
        int i = 1;
        task.setObject(i++, id);
        task.setObject(i++, family.id());
        task.setString(i++, family.district());
        task.setString(i++, kind.name());
        task.setString(i++, random.nextInt(10) == 0 ? "HIGH" : "NORMAL");
        task.setObject(i++, from);
        task.setObject(i++, to);
        task.setDouble(i++, lat);
        task.setDouble(i++, lon);
        task.setString(i++, cipher.encrypt(place(kind)));
        task.setString(i++, cipher.encrypt(INSTRUCTIONS[random.nextInt(INSTRUCTIONS.length)]));
        task.setString(i++, random.nextInt(10) < 4 ? "闽南话" : null);
        task.setString(i++, status);
        task.setObject(i++, status.equals("CANCELLED") ? null : volunteer);
        task.setObject(i++, status.equals("CANCELLED") ? null : assigned);
        task.setObject(i++, accepted ? assigned.plusHours(3) : null);
        task.setObject(i++, checkedIn);
        task.setString(i++, done ? (random.nextBoolean() ? "CODE" : "POSITION") : null);
        task.setObject(i++, checkedOut);
        task.setObject(i++, done ? checkedOut : null);
        task.setObject(i++, status.equals("CANCELLED") ? from.minusHours(5) : null);
        task.setString(i++, status.equals("CANCELLED") ? "老人住院，改期" : null);
        task.setObject(i++, created);
        task.setString(i, "demo");
        task.addBatch();
        if (done) {
            int minutes = (int) java.time.Duration.between(checkedIn, checkedOut).toMinutes();
            entry.setObject(1, new UUID(random.nextLong(), random.nextLong()));
            entry.setObject(2, volunteer);
            entry.setObject(3, id);
            entry.setString(4, kind.name());
            entry.setObject(5, checkedIn);
            entry.setObject(6, checkedOut);
            entry.setInt(7, minutes);
            entry.setObject(8, checkedOut);
            entry.addBatch();
            if (kind.needsReport()) {
                report(id, family, kind, volunteer, checkedIn, minutes, checkedOut);
            }
            outbox.publish("task", id, TaskCompleted.TYPE, new TaskCompleted(id, family.id(), volunteer, member.username(),
                    family.district(), kind.name(), checkedOut));
            events++;
        } else if (!past && volunteer != null) {
            outbox.publish("task", id, TaskAssigned.TYPE, new TaskAssigned(id, family.id(), volunteer, member.username(),
                    family.district(), kind.name(), from, to, null));
            events++;
        }
    }

    private void report(UUID taskId, Family family, TaskKind kind, UUID volunteer, OffsetDateTime contactedAt, int minutes,
                        OffsetDateTime reportedAt) throws SQLException {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        int wellbeing = 2 + random.nextInt(4);
        List<String> needs = new ArrayList<>(new TreeSet<>(random.nextInt(3) == 0
                ? List.of(NEEDS[random.nextInt(NEEDS.length)]) : List.<String>of()));
        String location = kind == TaskKind.HOME_VISIT ? "家中" : null;
        report.setObject(1, id);
        report.setObject(2, taskId);
        report.setObject(3, family.id());
        report.setObject(4, volunteer);
        report.setString(5, kind.contactKind());
        report.setObject(6, contactedAt);
        report.setInt(7, Math.max(1, minutes));
        report.setString(8, location);
        report.setInt(9, wellbeing);
        report.setString(10, cipher.encrypt(NOTES[random.nextInt(NOTES.length)]));
        report.setObject(11, reportedAt);
        report.addBatch();
        for (String n : needs) {
            need.setObject(1, id);
            need.setString(2, n);
            need.addBatch();
        }
        outbox.publish("task", taskId, VisitReported.TYPE, new VisitReported(id, taskId, family.id(), family.district(),
                volunteer, kind.contactKind(), contactedAt, Math.max(1, minutes), location, wellbeing, needs, null, null));
        events++;
    }

    /** Hours served before the platform, imported as approved corrections (so star levels show). */
    void importedHours(List<Member> members, Member demoLogin) throws SQLException {
        try (PreparedStatement correction = db.prepareStatement("INSERT INTO hour_correction (id, volunteer_id, minutes, "
                + "reason, status, requested_by, requested_at, decided_by, decided_at, decision_reason, version) "
                + "VALUES (?, ?, ?, '历年服务时长导入（全国志愿服务信息系统）', 'APPROVED', 'demo', ?, 'city', ?, '与志愿服务记录核对一致', 0)");
             PreparedStatement ledger = db.prepareStatement("INSERT INTO service_hour_entry (id, volunteer_id, source, "
                     + "minutes, credited_at, correction_id) VALUES (?, ?, 'CORRECTION', ?, ?, ?)")) {
            OffsetDateTime at = now.minusDays(60);
            for (Member member : members) {
                boolean demo = demoLogin != null && member.id().equals(demoLogin.id());
                if (!demo && random.nextInt(100) >= 35) {
                    continue;
                }
                // most have a few dozen hours, some hundreds, a few past 1500 (五星)
                double roll = random.nextDouble();
                int hours = demo ? 112 : (int) (roll < 0.6 ? 10 + random.nextInt(90) : roll < 0.9 ? 100 + random.nextInt(500)
                        : 600 + random.nextInt(1200));
                UUID id = new UUID(random.nextLong(), random.nextLong());
                correction.setObject(1, id);
                correction.setObject(2, member.id());
                correction.setInt(3, hours * 60);
                correction.setObject(4, at);
                correction.setObject(5, at.plusDays(1));
                correction.addBatch();
                ledger.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                ledger.setObject(2, member.id());
                ledger.setInt(3, hours * 60);
                ledger.setObject(4, at.plusDays(1));
                ledger.setObject(5, id);
                ledger.addBatch();
            }
            correction.executeBatch();
            ledger.executeBatch();
        }
    }

    /** A welfare-check round in 思明区 half done, and a city-wide reminder just begun. */
    void campaigns(List<Family> families) throws SQLException {
        List<Family> siming = families.stream().filter(f -> f.district().equals("350203")).toList();
        campaign("寒潮关怀电话（思明区）", "WELFARE_CHECK", "350203", siming.isEmpty() ? families : siming, "siming", 0.6);
        campaign("年度免费体检提醒", "REMINDER", null, families, "city", 0.15);
    }

    private void campaign(String name, String purpose, String district, List<Family> families, String caller,
                          double doneShare) throws SQLException {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        OffsetDateTime created = now.minusDays(2);
        try (PreparedStatement campaign = db.prepareStatement("INSERT INTO call_campaign (id, name, purpose, district_code, "
                + "redelivery_delay_seconds, max_attempts, status, created_by, created_at) VALUES (?, ?, ?, ?, 7200, 3, 'OPEN', ?, ?)");
             PreparedStatement entry = db.prepareStatement("INSERT INTO call_entry (id, campaign_id, family_id, district_code, "
                     + "status, attempts, next_attempt_at, last_outcome, needs_follow_up, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement attempt = db.prepareStatement("INSERT INTO call_attempt (id, entry_id, campaign_id, caller, "
                     + "outcome, notes_enc, called_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            campaign.setObject(1, id);
            campaign.setString(2, name);
            campaign.setString(3, purpose);
            campaign.setString(4, district);
            campaign.setString(5, caller);
            campaign.setObject(6, created);
            campaign.executeUpdate();
            for (Family family : families) {
                UUID entryId = new UUID(random.nextLong(), random.nextLong());
                boolean called = random.nextDouble() < doneShare;
                String outcome = !called ? null : List.of("REACHED", "REACHED", "REACHED", "REACHED", "NO_ANSWER",
                        "NEEDS_FOLLOW_UP", "WRONG_NUMBER").get(random.nextInt(7));
                String status = outcome == null ? "PENDING" : outcome.equals("NO_ANSWER") ? "PENDING" : "DONE";
                OffsetDateTime calledAt = created.plusHours(1 + random.nextInt(40));
                entry.setObject(1, entryId);
                entry.setObject(2, id);
                entry.setObject(3, family.id());
                entry.setString(4, family.district());
                entry.setString(5, status);
                entry.setInt(6, called ? 1 : 0);
                entry.setObject(7, outcome != null && outcome.equals("NO_ANSWER") ? calledAt.plusHours(2) : created);
                entry.setString(8, outcome);
                entry.setBoolean(9, "NEEDS_FOLLOW_UP".equals(outcome) || "WRONG_NUMBER".equals(outcome));
                entry.addBatch();
                if (called) {
                    attempt.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    attempt.setObject(2, entryId);
                    attempt.setObject(3, id);
                    attempt.setString(4, caller);
                    attempt.setString(5, outcome);
                    attempt.setString(6, cipher.encrypt(outcome.equals("REACHED") ? "老人身体尚好，已提醒注意保暖" : "稍后再联系"));
                    attempt.setObject(7, calledAt);
                    attempt.addBatch();
                    // announced like a recorded call, so the supervision view shows the campaign's progress
                    outbox.publish("call-campaign", id, CallOutcomeRecorded.TYPE, new CallOutcomeRecorded(id, entryId,
                            family.id(), null, family.district(), purpose, outcome, 1, status,
                            status.equals("PENDING") ? calledAt.plusHours(2) : null, calledAt));
                    events++;
                }
            }
            entry.executeBatch();
            attempt.executeBatch();
        }
    }

    int events() {
        return events;
    }

    /** An active member of the district with the kind's skill, free in the window; else any free one. */
    private Member pick(List<Member> members, TaskKind kind, OffsetDateTime from, OffsetDateTime to, Member demoLogin) {
        if (members.isEmpty()) {
            return null;
        }
        for (int tries = 0; tries < 30; tries++) {
            Member candidate = members.get(random.nextInt(members.size()));
            boolean skilled = candidate.skills().contains(kind.skill().name()) || tries > 20;
            boolean demo = demoLogin != null && candidate.id().equals(demoLogin.id());
            if (skilled && !demo && free(candidate.id(), from, to)) {
                book(candidate.id(), from, to);
                return candidate;
            }
        }
        return null;
    }

    private boolean free(UUID member, OffsetDateTime from, OffsetDateTime to) {
        return booked.getOrDefault(member, List.of()).stream().noneMatch(w -> w[0].isBefore(to) && from.isBefore(w[1]));
    }

    private void book(UUID member, OffsetDateTime from, OffsetDateTime to) {
        booked.computeIfAbsent(member, m -> new ArrayList<>()).add(new OffsetDateTime[] {from, to});
    }

    private void clear(UUID member, OffsetDateTime from, OffsetDateTime to) {
        booked.getOrDefault(member, new ArrayList<>()).removeIf(w -> w[0].isBefore(to) && from.isBefore(w[1]));
    }

    private String place(TaskKind kind) {
        return switch (kind) {
            case ACCOMPANY_TO_HOSPITAL -> List.of("厦门大学附属第一医院门诊楼", "厦门大学附属中山医院", "厦门市仙岳医院")
                    .get(random.nextInt(3));
            case EVENT_SUPPORT -> "社区暖心家园活动室";
            case ERRAND -> "社区卫生服务中心";
            default -> "老人家中";
        };
    }

    static Map<String, List<Member>> byDistrict(List<Member> members) {
        Map<String, List<Member>> map = new HashMap<>();
        members.forEach(m -> map.computeIfAbsent(m.district(), d -> new ArrayList<>()).add(m));
        return map;
    }

    /** The active members the demo generated: demo work is never given to real or hand-written members. */
    static List<Member> demoMembers(Connection db) throws SQLException {
        return members(db, "v.status = 'ACTIVE' AND v.registered_by = 'demo'", null);
    }

    /** The active member linked to {@code username}, or null. */
    static Member member(Connection db, String username) throws SQLException {
        List<Member> found = members(db, "v.status = 'ACTIVE' AND v.username = ?", username);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Member> members(Connection db, String where, String parameter) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT v.id, v.district_code, v.username, "
                + "(SELECT string_agg(s.skill, ',') FROM volunteer_skill s WHERE s.volunteer_id = v.id) "
                + "FROM volunteer v WHERE " + where + " ORDER BY v.id")) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String skills = rows.getString(4);
                    members.add(new Member(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            skills == null ? Set.of() : Set.of(skills.split(","))));
                }
            }
        }
        return members;
    }

    static List<Family> activeFamilies(Connection db) throws SQLException {
        List<Family> families = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT family_id, district_code FROM family_directory WHERE status = 'ACTIVE' ORDER BY family_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                families.add(new Family(rows.getObject(1, UUID.class), rows.getString(2)));
            }
        }
        return families;
    }
}

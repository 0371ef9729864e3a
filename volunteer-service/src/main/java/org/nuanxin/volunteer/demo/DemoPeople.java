package org.nuanxin.volunteer.demo;

import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.volunteer.events.VolunteerRegistered;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** The corps (with the demo login's member), its teams and the expert pool, written in JDBC batches. */
final class DemoPeople {

    /** District, weight in the corps, and a point near its centre. */
    record DistrictSpot(String code, int weight, double latitude, double longitude) {
    }

    static final List<DistrictSpot> DISTRICTS = List.of(
            new DistrictSpot("350203", 26, 24.4540, 118.1150),
            new DistrictSpot("350206", 20, 24.5120, 118.1460),
            new DistrictSpot("350211", 15, 24.5760, 118.0970),
            new DistrictSpot("350205", 11, 24.4850, 118.0330),
            new DistrictSpot("350212", 14, 24.7230, 118.1520),
            new DistrictSpot("350213", 14, 24.6180, 118.2470));

    /** The ten warm-home sites of the care-home-service demo, each with its site team. */
    private static final List<String[]> SITES = List.of(
            new String[] {"350203", "鼓浪屿暖心家园"}, new String[] {"350203", "厦港暖心家园"},
            new String[] {"350206", "殿前暖心敬老餐厅"}, new String[] {"350206", "江头暖心家园"},
            new String[] {"350211", "集美学村暖心家园"}, new String[] {"350211", "杏林暖心家园"},
            new String[] {"350205", "海沧暖心家园"}, new String[] {"350212", "大同暖心家园"},
            new String[] {"350212", "五显暖心家园"}, new String[] {"350213", "马巷暖心家园"});

    private static final String[] SKILLS = {"HOME_VISIT", "HOME_VISIT", "HOME_VISIT", "PHONE_CONTACT", "PHONE_CONTACT",
            "ACCOMPANY_TO_HOSPITAL", "ERRAND", "ERRAND", "PSYCHOLOGICAL_SUPPORT", "EVENT_SUPPORT", "NURSING", "LEGAL"};

    /** Institution code → specialties it lends to the pool. */
    private static final Map<String, String[]> SPECIALTIES = Map.ofEntries(
            Map.entry("XMU-FIRST", new String[] {"老年医学科", "心血管内科", "内分泌科", "神经内科", "骨科", "肿瘤科"}),
            Map.entry("XMU-ZHONGSHAN", new String[] {"消化内科", "呼吸内科", "肾内科", "眼科", "康复医学科", "全科医学科"}),
            Map.entry("XMU-CARDIAC", new String[] {"心血管内科", "心脏外科", "心脏康复"}),
            Map.entry("XM-XIANYUE", new String[] {"老年精神科", "心理咨询", "睡眠医学", "心身医学", "哀伤辅导"}),
            Map.entry("XM-MATERNAL", new String[] {"妇科", "更年期保健", "营养科"}),
            Map.entry("XM-TCM", new String[] {"中医内科", "针灸推拿", "中医康复", "治未病科"}),
            Map.entry("XM-CHILDREN", new String[] {"儿童康复", "发育行为儿科", "儿童神经科"}),
            Map.entry("XM-HUMANITY", new String[] {"全科医学科", "康复医学科", "老年医学科"}),
            Map.entry("XM-CHANGGUNG", new String[] {"神经内科", "骨科", "康复医学科", "健康管理"}),
            Map.entry("XM-FIFTH", new String[] {"全科医学科", "慢病管理", "中医科"}),
            Map.entry("XM-HAICANG", new String[] {"全科医学科", "老年医学科", "护理"}));

    private static final String[] TITLES = {"主任医师", "主任医师", "副主任医师", "副主任医师", "副主任医师", "主治医师",
            "主治医师", "主任护师", "副主任护师", "心理治疗师"};

    private final Connection db;
    private final PiiCipher cipher;
    private final Outbox outbox;
    private final Random random;
    private final DemoNames names;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    DemoPeople(Connection db, PiiCipher cipher, Outbox outbox, Random random) {
        this.db = db;
        this.cipher = cipher;
        this.outbox = outbox;
        this.random = random;
        this.names = new DemoNames(random);
    }

    /** @return how many members were written */
    int volunteers(int count, boolean linkDemoLogin) throws SQLException {
        try (PreparedStatement volunteer = db.prepareStatement("INSERT INTO volunteer (id, name, phone_enc, phone_index, "
                + "district_code, kind, status, registered_at, registered_by, version, username, latitude, longitude, "
                + "status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo', 0, ?, ?, ?, ?)");
             PreparedStatement skill = db.prepareStatement("INSERT INTO volunteer_skill (volunteer_id, position, skill) VALUES (?, ?, ?)");
             PreparedStatement qualification = db.prepareStatement(
                     "INSERT INTO volunteer_qualification (volunteer_id, position, name) VALUES (?, ?, ?)");
             PreparedStatement dialect = db.prepareStatement("INSERT INTO volunteer_dialect (volunteer_id, position, name) VALUES (?, ?, ?)");
             PreparedStatement slot = db.prepareStatement(
                     "INSERT INTO volunteer_availability (volunteer_id, day_of_week, part_of_day) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                boolean demoLogin = linkDemoLogin && i == 0;
                UUID id = UUID.nameUUIDFromBytes(("demo-volunteer-" + i).getBytes());
                DistrictSpot district = demoLogin ? DISTRICTS.get(0) : district();
                int kindRoll = random.nextInt(100);
                String kind = kindRoll < 86 ? "VOLUNTEER" : kindRoll < 95 ? "SOCIAL_WORKER" : "PROJECT_STAFF";
                int statusRoll = random.nextInt(100);
                String status = demoLogin || statusRoll < 82 ? "ACTIVE" : statusRoll < 90 ? "APPLICANT"
                        : statusRoll < 94 ? "SUSPENDED" : "LEFT";
                OffsetDateTime registered = now.minusDays(30 + random.nextInt(1100)).minusMinutes(random.nextInt(1440));
                String phone = names.phone();
                volunteer.setObject(1, id);
                volunteer.setString(2, demoLogin ? "张敏" : names.name());
                volunteer.setString(3, cipher.encrypt(phone));
                volunteer.setString(4, cipher.blindIndex(phone));
                volunteer.setString(5, district.code());
                volunteer.setString(6, kind);
                volunteer.setString(7, status);
                volunteer.setObject(8, registered);
                volunteer.setString(9, demoLogin ? "volunteer" : null);
                volunteer.setDouble(10, round(district.latitude() + jitter()));
                volunteer.setDouble(11, round(district.longitude() + jitter()));
                volunteer.setObject(12, registered.plusDays(random.nextInt(30)));
                volunteer.addBatch();

                Set<String> skills = new LinkedHashSet<>();
                if (demoLogin) {
                    skills.addAll(List.of("HOME_VISIT", "PHONE_CONTACT", "PSYCHOLOGICAL_SUPPORT", "ACCOMPANY_TO_HOSPITAL"));
                } else {
                    if (kind.equals("SOCIAL_WORKER")) {
                        skills.add("PSYCHOLOGICAL_SUPPORT");
                    }
                    int more = 1 + random.nextInt(3);
                    while (skills.size() < more) {
                        skills.add(SKILLS[random.nextInt(SKILLS.length)]);
                    }
                }
                int position = 0;
                for (String s : skills) {
                    skill.setObject(1, id);
                    skill.setInt(2, position++);
                    skill.setString(3, s);
                    skill.addBatch();
                }
                position = 0;
                List<String> qualified = qualifications(kind, skills, demoLogin);
                for (String q : qualified) {
                    qualification.setObject(1, id);
                    qualification.setInt(2, position++);
                    qualification.setString(3, q);
                    qualification.addBatch();
                }
                position = 0;
                int dialectRoll = random.nextInt(100);
                List<String> dialects = demoLogin || dialectRoll < 75 ? List.of("闽南话", "普通话")
                        : dialectRoll < 95 ? List.of("普通话") : List.of("闽南话");
                for (String d : dialects) {
                    dialect.setObject(1, id);
                    dialect.setInt(2, position++);
                    dialect.setString(3, d);
                    dialect.addBatch();
                }
                Set<String> slots = new LinkedHashSet<>();
                int wanted = demoLogin ? 0 : 2 + random.nextInt(5);
                if (demoLogin) {
                    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                        slots.add(day + ":MORNING");
                        slots.add(day + ":AFTERNOON");
                    }
                }
                while (slots.size() < wanted) {
                    slots.add(DayOfWeek.of(1 + random.nextInt(7)) + ":" + List.of("MORNING", "AFTERNOON", "EVENING").get(random.nextInt(3)));
                }
                for (String s : slots) {
                    String[] parts = s.split(":");
                    slot.setObject(1, id);
                    slot.setString(2, parts[0]);
                    slot.setString(3, parts[1]);
                    slot.addBatch();
                }
                // announced like a registration, so the gateway and the sites count the demo members too
                outbox.publish("volunteer", id, VolunteerRegistered.TYPE, new VolunteerRegistered(id, kind, district.code(),
                        List.copyOf(skills), qualified, dialects, status, registered));
                if (i % 500 == 499) {
                    flush(volunteer, skill, qualification, dialect, slot);
                }
            }
            flush(volunteer, skill, qualification, dialect, slot);
        }
        return count;
    }

    private List<String> qualifications(String kind, Set<String> skills, boolean demoLogin) {
        List<String> qualifications = new ArrayList<>();
        if (demoLogin) {
            qualifications.add("心理咨询师");
        } else if (kind.equals("SOCIAL_WORKER")) {
            qualifications.add(random.nextBoolean() ? "社会工作师" : "助理社会工作师");
        } else if (skills.contains("PSYCHOLOGICAL_SUPPORT") && random.nextInt(3) == 0) {
            qualifications.add("心理咨询师");
        }
        if (skills.contains("NURSING") && random.nextBoolean()) {
            qualifications.add("护士执业证书");
        }
        if (skills.contains("LEGAL") && random.nextBoolean()) {
            qualifications.add("法律职业资格");
        }
        return qualifications;
    }

    /** A team per warm-home site with active members of its district, and two city-wide teams. */
    void teams() throws SQLException {
        try (PreparedStatement team = db.prepareStatement("INSERT INTO team (id, name, district_code, site_name, created_at, "
                + "created_by) VALUES (?, ?, ?, ?, ?, 'demo')");
             PreparedStatement member = db.prepareStatement("INSERT INTO team_member (team_id, volunteer_id, joined_at) "
                     + "SELECT ?, id, ? FROM volunteer WHERE status = 'ACTIVE' AND registered_by = 'demo' "
                     + "AND (CAST(? AS VARCHAR) IS NULL OR district_code = ?) "
                     + "AND (CAST(? AS VARCHAR) IS NULL OR id IN (SELECT volunteer_id FROM volunteer_skill WHERE skill = ?)) "
                     + "ORDER BY md5(id::text || ?) LIMIT ? ON CONFLICT DO NOTHING")) {
            int n = 0;
            for (String[] site : SITES) {
                addTeam(team, member, site[1] + "志愿服务队", site[0], site[1], null, 12 + random.nextInt(30), n++);
            }
            addTeam(team, member, "全市心理援助志愿队", null, null, "PSYCHOLOGICAL_SUPPORT", 40, n++);
            addTeam(team, member, "全市陪诊志愿队", null, null, "ACCOMPANY_TO_HOSPITAL", 40, n);
            team.executeBatch();
            member.executeBatch();
        }
    }

    private void addTeam(PreparedStatement team, PreparedStatement member, String name, String district, String site,
                         String skill, int members, int n) throws SQLException {
        UUID id = UUID.nameUUIDFromBytes(("demo-team-" + n).getBytes());
        team.setObject(1, id);
        team.setString(2, name);
        team.setString(3, district);
        team.setString(4, site);
        team.setObject(5, now.minusDays(400));
        team.addBatch();
        team.executeBatch();
        member.setObject(1, id);
        member.setObject(2, now.minusDays(random.nextInt(300)));
        member.setString(3, district);
        member.setString(4, district);
        member.setString(5, skill);
        member.setString(6, skill);
        member.setString(7, name);
        member.setInt(8, members);
        member.addBatch();
    }

    int experts(int count) throws SQLException {
        List<String> institutions = List.of("XMU-FIRST", "XMU-ZHONGSHAN", "XMU-CARDIAC", "XM-XIANYUE", "XM-MATERNAL",
                "XM-TCM", "XM-CHILDREN", "XM-HUMANITY", "XM-CHANGGUNG", "XM-FIFTH", "XM-HAICANG");
        try (PreparedStatement expert = db.prepareStatement("INSERT INTO expert (id, name, institution_code, specialty, "
                + "title, offers_lectures, offers_free_clinics, offers_consultations, registered_at, registered_by, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', 0)")) {
            for (int i = 0; i < count; i++) {
                String institution = institutions.get(i % institutions.size());
                String[] specialties = SPECIALTIES.get(institution);
                boolean lectures = random.nextInt(100) < 60;
                boolean clinics = random.nextInt(100) < 55;
                expert.setObject(1, UUID.nameUUIDFromBytes(("demo-expert-" + i).getBytes()));
                expert.setString(2, names.name());
                expert.setString(3, institution);
                expert.setString(4, specialties[random.nextInt(specialties.length)]);
                expert.setString(5, TITLES[random.nextInt(TITLES.length)]);
                expert.setBoolean(6, lectures);
                expert.setBoolean(7, clinics);
                expert.setBoolean(8, !lectures && !clinics || random.nextInt(100) < 70);
                expert.setObject(9, now.minusDays(100 + random.nextInt(900)));
                expert.addBatch();
            }
            expert.executeBatch();
        }
        return count;
    }

    private DistrictSpot district() {
        int roll = random.nextInt(DISTRICTS.stream().mapToInt(DistrictSpot::weight).sum());
        for (DistrictSpot spot : DISTRICTS) {
            roll -= spot.weight();
            if (roll < 0) {
                return spot;
            }
        }
        return DISTRICTS.get(0);
    }

    private double jitter() {
        return (random.nextDouble() - 0.5) * 0.06;
    }

    static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }
}

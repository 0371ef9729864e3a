package org.nuanxin.family.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.area.District;
import org.nuanxin.family.contact.Contact;
import org.nuanxin.family.contact.ContactKind;
import org.nuanxin.family.contact.ContactService;
import org.nuanxin.family.contact.ContactSource;
import org.nuanxin.family.events.CoverageChanged;
import org.nuanxin.family.events.FamilyRegistered;
import org.nuanxin.family.events.LiaisonAssigned;
import org.nuanxin.family.events.NeedsAssessed;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyCategory;
import org.nuanxin.family.family.FamilyMember;
import org.nuanxin.family.family.FamilyStatus;
import org.nuanxin.family.family.Relation;
import org.nuanxin.family.guardian.Guardian;
import org.nuanxin.family.guardian.GuardianRelationship;
import org.nuanxin.family.liaison.Liaison;
import org.nuanxin.family.liaison.LiaisonRole;
import org.nuanxin.family.needs.DisabilityLevel;
import org.nuanxin.family.needs.NeedArea;
import org.nuanxin.family.needs.NeedsAssessment;
import org.nuanxin.family.needs.RiskConfig;
import org.nuanxin.family.needs.RiskRules;
import org.nuanxin.family.needs.Severity;
import org.nuanxin.family.plan.ServiceState;
import org.nuanxin.family.plan.SupportPlan;
import org.nuanxin.family.remembrance.RemembranceDate;
import org.nuanxin.family.remembrance.RemembranceKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The synthetic registry for demonstrations: about 3,000 families over the six districts as a real city's would
 * look (more in the old town, couples and widowed parents, chronic illness, some disabled children), each with a
 * needs assessment, liaisons, a support plan, guardians, remembrance dates and a year of home visits and the last
 * two months of calls; a tenth of the families were let slide lately, so the overdue worklists have work in them.
 * Everything is written as the service itself would write it, events included, so the supervision view fills up
 * too. Runs once, when {@code nuanxin.demo.enabled} is set and there is no family yet; the same seed gives the
 * same registry.
 */
@ApplicationScoped
public class DemoRegistry {

    private static final Logger LOG = Logger.getLogger(DemoRegistry.class);
    private static final String BY = "demo";
    private static final int BATCH = 50;

    /** Districts with their share of the families (the old town and Tong'an's villages have the most). */
    private static final Map<String, Integer> DISTRICT_WEIGHTS = Map.of(
            "350203", 24, "350206", 17, "350211", 15, "350205", 10, "350212", 19, "350213", 15);
    private static final List<String> COMMUNITY_STEMS = List.of("东方", "金山", "莲花", "龙山", "湖滨", "文灶",
            "前埔", "后埔", "溪岸", "新村", "西林", "东渡", "建设", "民安", "顶上", "凤山", "五通", "古楼", "内厝",
            "后田", "岭兜", "石塘", "新垵", "霞阳", "锦园", "兴南", "洪山", "祥露", "西塘", "美峰");
    private static final List<String> ROADS = List.of("中山路", "思明南路", "莲前东路", "湖滨南路", "嘉禾路",
            "吕岭路", "仙岳路", "枋湖路", "集源路", "海沧大道", "同安环城路", "翔安南路", "新店路", "滨海西大道");
    private static final List<String> CONDITIONS = List.of("高血压", "糖尿病", "冠心病", "慢阻肺", "关节炎",
            "白内障", "脑梗后遗症", "骨质疏松", "抑郁倾向", "失眠");
    private static final List<String> DOCTORS = List.of("社区医生 王丽", "社区医生 陈志明", "社区医生 林雅芬",
            "社区医生 黄建华", "社区医生 吴淑敏", "社区医生 蔡明杰");
    private static final Map<String, String> HEALTH_CENTRES = Map.of(
            "350203", "思明区嘉莲街道社区卫生服务中心", "350206", "湖里区殿前街道社区卫生服务中心",
            "350211", "集美区集美街道社区卫生服务中心", "350205", "海沧区海沧街道社区卫生服务中心",
            "350212", "同安区大同街道社区卫生服务中心", "350213", "翔安区新店街道社区卫生服务中心");
    private static final List<String> VISIT_NOTES = List.of("老人情绪平稳，聊了家常", "提到最近睡眠不好",
            "家里卫生需要帮忙打扫", "想参加暖心家园的活动", "说起孩子时情绪低落，陪伴了较长时间", "血压控制得不错",
            "腿脚不便，下楼困难", "希望有人陪同去医院复查");
    private static final List<String> FOLLOW_UPS = List.of("联系社区医生上门测血压", "安排志愿者陪同复查",
            "申请居家保洁服务", "邀请参加下月暖心大学堂", "转介心理咨询师");

    private final DemoConfig config;
    private final PiiCipher cipher;
    private final Outbox outbox;
    private final ContactService contacts;
    private final RiskRules risk;
    private final EntityManager em;

    DemoRegistry(DemoConfig config, PiiCipher cipher, Outbox outbox, ContactService contacts, RiskConfig riskConfig,
                 EntityManager em) {
        this.config = config;
        this.cipher = cipher;
        this.outbox = outbox;
        this.contacts = contacts;
        this.risk = RiskRules.of(riskConfig);
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        Thread generator = new Thread(this::generateIfEmpty, "demo-registry");
        generator.setDaemon(true);
        generator.start();
    }

    /** Generates the registry unless there is a family already; returns how many families it wrote. */
    public int generateIfEmpty() {
        if (QuarkusTransaction.requiringNew().call(() -> Family.count()) > 0) {
            LOG.info("the registry has families: no demo data generated");
            return 0;
        }
        Instant started = Instant.now();
        int written = generate(config.families(), config.seed());
        LOG.infof("demo registry: %d families generated in %d s", written,
                Duration.between(started, Instant.now()).toSeconds());
        return written;
    }

    /** Writes {@code families} families from {@code seed}, {@value #BATCH} to a transaction. */
    public int generate(int families, long seed) {
        Random random = new Random(seed);
        DemoPeople people = new DemoPeople(random);
        List<District> districts = QuarkusTransaction.requiringNew().call(District::listInOrder);
        int written = 0;
        while (written < families) {
            int batch = Math.min(BATCH, families - written);
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < batch; i++) {
                    family(random, people, districts);
                }
                em.flush();
                em.clear();
            });
            written += batch;
        }
        return written;
    }

    private void family(Random random, DemoPeople people, List<District> districts) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = CityCalendar.today();
        District district = district(random, districts);
        Family family = new Family();
        family.id = UUID.randomUUID();
        family.category = random.nextInt(100) < 85 ? FamilyCategory.BEREAVED : FamilyCategory.DISABLED_CHILD;
        family.districtCode = district.code;
        family.street = people.pick(district.streets);
        boolean town = family.street.endsWith("镇");
        family.community = people.pick(COMMUNITY_STEMS) + (town ? "村" : "社区");
        family.address = town ? family.community + (1 + random.nextInt(200)) + "号"
                : people.pick(ROADS) + (1 + random.nextInt(400)) + "号" + (1 + random.nextInt(9)) + "0"
                + (1 + random.nextInt(4)) + "室";
        family.status = FamilyStatus.ACTIVE;
        family.registeredAt = now.minusDays(30 + random.nextInt(6 * 365));
        family.registeredBy = BY;
        family.members.addAll(members(random, people, family));
        family.persist();
        outbox.publish("family", family.id, FamilyRegistered.TYPE, new FamilyRegistered(family.id,
                family.category.name(), family.districtCode, family.street, family.community,
                family.members.size(), family.registeredAt));

        if (random.nextInt(100) < 92) {
            assess(random, family, now, today);
        }
        int posts = random.nextInt(100) < 90 ? 2 : random.nextInt(100) < 60 ? 1 : 0;
        String visitor = "社区网格员";
        for (int p = 0; p < posts; p++) {
            Liaison liaison = new Liaison();
            liaison.key = new Liaison.Key(family.id, LiaisonRole.values()[p]);
            liaison.name = random.nextBoolean() ? people.woman(people.surname()) : people.man(people.surname());
            visitor = p == 0 ? liaison.name : visitor;
            liaison.phoneEncrypted = cipher.encrypt(people.phone());
            liaison.assignedAt = family.registeredAt.plusDays(1 + random.nextInt(20));
            liaison.assignedBy = BY;
            liaison.persist();
            outbox.publish("family", family.id, LiaisonAssigned.TYPE, new LiaisonAssigned(family.id,
                    family.districtCode, liaison.key.role().name(), p == 1, liaison.assignedAt));
        }
        SupportPlan plan = plan(random, family, today, now);
        boolean doctor = plan.doctorContractValidOn(today);
        if (posts == 2 || doctor || plan.greenChannel) {
            outbox.publish("family", family.id, CoverageChanged.TYPE, new CoverageChanged(family.id,
                    family.districtCode, family.category.name(), posts == 2, doctor, plan.greenChannel));
        }
        guardians(random, people, family, now);
        if (family.category == FamilyCategory.BEREAVED && random.nextInt(100) < 45) {
            RemembranceDate date = new RemembranceDate();
            date.id = UUID.randomUUID();
            date.familyId = family.id;
            date.kind = RemembranceKind.CHILD_DEATH_ANNIVERSARY;
            date.month = 1 + random.nextInt(12);
            date.day = 1 + random.nextInt(28);
            date.labelEncrypted = cipher.encrypt("孩子的忌日");
            date.remindDaysBefore = 7;
            date.addedAt = now;
            date.addedBy = BY;
            date.persist();
        }
        visitsAndCalls(random, family, now, visitor);
    }

    private List<FamilyMember> members(Random random, DemoPeople people, Family family) {
        String surname = people.surname();
        LocalDate today = CityCalendar.today();
        int shape = random.nextInt(100);
        boolean mother = shape < 90;
        boolean father = shape < 70 || shape >= 90;
        boolean alone = !(mother && father);
        LocalDate motherBirth = today.minusYears(58 + random.nextInt(32)).minusDays(random.nextInt(365));
        List<FamilyMember> members = new ArrayList<>();
        if (father) {
            LocalDate birth = motherBirth.minusYears(random.nextInt(5)).minusDays(random.nextInt(200));
            members.add(member(random, people, family, members.size(), people.man(surname), Relation.FATHER, birth,
                    true, alone && random.nextInt(100) < 80));
        }
        if (mother) {
            members.add(member(random, people, family, members.size(), people.woman(people.surname()),
                    Relation.MOTHER, motherBirth, false, alone && random.nextInt(100) < 80));
        }
        if (family.category == FamilyCategory.DISABLED_CHILD) {
            LocalDate birth = motherBirth.plusYears(22 + random.nextInt(12));
            FamilyMember child = member(random, people, family, members.size(), people.younger(surname),
                    Relation.OTHER, birth, random.nextBoolean(), false);
            child.disabilityLevel = DisabilityLevel.values()[1 + random.nextInt(4)];
            child.healthConditionsEncrypted = null;
            child.chronicConditions = 0;
            members.add(child);
            members.forEach(member -> member.livingAlone = false);
        }
        return members;
    }

    private FamilyMember member(Random random, DemoPeople people, Family family, int position, String name,
                                Relation relation, LocalDate birth, boolean male, boolean livingAlone) {
        ResidentIdNumber id = new ResidentIdNumber(people.idNumber(family.districtCode, birth, male));
        String phone = people.phone();
        FamilyMember member = new FamilyMember();
        member.id = UUID.randomUUID();
        member.family = family;
        member.position = position;
        member.name = name;
        member.relation = relation;
        member.idNumberEncrypted = cipher.encrypt(id.value());
        member.idNumberIndex = cipher.blindIndex(id.value());
        member.idSuffix = id.suffix();
        member.phoneEncrypted = cipher.encrypt(phone);
        member.phoneIndex = cipher.blindIndex(phone);
        member.birthDate = id.birthDate();
        member.sex = id.sex();
        member.livingAlone = livingAlone;
        int conditions = Math.min(3, random.nextInt(4) + (birth.isBefore(LocalDate.now().minusYears(75)) ? 1 : 0));
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < conditions) {
            String condition = people.pick(CONDITIONS);
            if (!chosen.contains(condition)) {
                chosen.add(condition);
            }
        }
        member.healthConditionsEncrypted = chosen.isEmpty() ? null
                : cipher.encrypt("[" + String.join(",", chosen.stream().map(c -> "\"" + c + "\"").toList()) + "]");
        member.chronicConditions = chosen.size();
        return member;
    }

    private void assess(Random random, Family family, OffsetDateTime now, LocalDate today) {
        Map<NeedArea, Severity> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            int roll = random.nextInt(100);
            int pressure = area == NeedArea.MEDICAL || area == NeedArea.PSYCHOLOGICAL ? 25 : 0;
            needs.put(area, roll < 35 - pressure ? Severity.NONE : roll < 70 - pressure ? Severity.LOW
                    : roll < 90 - pressure / 2 ? Severity.MEDIUM : Severity.HIGH);
        }
        List<RiskRules.MemberFacts> facts = family.members.stream()
                .map(m -> new RiskRules.MemberFacts(m.birthDate, m.livingAlone, m.chronicConditions, m.disabilityLevel))
                .toList();
        RiskRules.Result result = risk.assess(facts, needs, today);
        NeedsAssessment assessment = new NeedsAssessment();
        assessment.id = UUID.randomUUID();
        assessment.familyId = family.id;
        assessment.assessedAt = now.minusDays(random.nextInt(300));
        if (assessment.assessedAt.isBefore(family.registeredAt)) {
            assessment.assessedAt = family.registeredAt.plusDays(3);
        }
        assessment.assessedBy = BY;
        assessment.riskLevel = result.level();
        assessment.riskReasons = String.join(",", result.reasons());
        assessment.needs.putAll(needs);
        assessment.persist();
        String previous = family.riskLevel.name();
        family.riskLevel = result.level();
        family.latestAssessmentId = assessment.id;
        outbox.publish("family", family.id, NeedsAssessed.TYPE, new NeedsAssessed(family.id, assessment.id,
                family.districtCode, result.level().name(), previous,
                needs.entrySet().stream().map(e -> new NeedsAssessed.Need(e.getKey().name(), e.getValue().name())).toList(),
                assessment.assessedAt));
    }

    private SupportPlan plan(Random random, Family family, LocalDate today, OffsetDateTime now) {
        SupportPlan plan = new SupportPlan();
        plan.familyId = family.id;
        plan.emotionalComfort = random.nextInt(100) < 85 ? ServiceState.ACTIVE : ServiceState.NOT_STARTED;
        plan.homeVisits = ServiceState.ACTIVE;
        plan.volunteerService = random.nextInt(100) < 70 ? ServiceState.ACTIVE : ServiceState.NOT_STARTED;
        plan.insuranceCover = family.category == FamilyCategory.BEREAVED ? ServiceState.ACTIVE
                : random.nextInt(100) < 50 ? ServiceState.ACTIVE : ServiceState.NOT_STARTED;
        int contract = random.nextInt(100);
        if (contract < 88) {
            plan.doctorName = DOCTORS.get(random.nextInt(DOCTORS.size()));
            plan.doctorInstitution = HEALTH_CENTRES.get(family.districtCode);
            plan.contractSignedOn = today.minusDays(random.nextInt(3 * 365));
            // one contract in ten was not renewed
            plan.contractExpiresOn = contract < 80 ? today.plusDays(30 + random.nextInt(700))
                    : today.minusDays(1 + random.nextInt(90));
            if (!plan.contractExpiresOn.isAfter(plan.contractSignedOn)) {
                plan.contractSignedOn = plan.contractExpiresOn.minusYears(1);
            }
        }
        plan.greenChannel = random.nextInt(100) < 90;
        plan.updatedAt = now;
        plan.updatedBy = BY;
        plan.persist();
        return plan;
    }

    private void guardians(Random random, DemoPeople people, Family family, OffsetDateTime now) {
        int count = random.nextInt(100) < 65 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < count; i++) {
            Guardian guardian = new Guardian();
            guardian.id = UUID.randomUUID();
            guardian.familyId = family.id;
            guardian.relationship = i == 0 ? people.pick(List.of(GuardianRelationship.RELATIVE,
                    GuardianRelationship.NEIGHBOUR, GuardianRelationship.ASSOCIATION_REPRESENTATIVE))
                    : GuardianRelationship.COMMUNITY_COMMITTEE;
            guardian.name = random.nextBoolean() ? people.man(people.surname()) : people.woman(people.surname());
            guardian.phoneEncrypted = cipher.encrypt(people.phone());
            guardian.maySign = guardian.relationship != GuardianRelationship.NEIGHBOUR;
            guardian.priority = i + 1;
            guardian.addedAt = now;
            guardian.addedBy = BY;
            guardian.persist();
        }
    }

    /**
     * Home visits every 3–6 weeks over the past year, calls every 5–10 days over the past two months; one family
     * in ten stopped being contacted 2–8 weeks ago.
     */
    private void visitsAndCalls(Random random, Family family, OffsetDateTime now, String visitor) {
        OffsetDateTime from = family.registeredAt.isAfter(now.minusYears(1)) ? family.registeredAt : now.minusYears(1);
        OffsetDateTime until = random.nextInt(100) < 10 ? now.minusDays(14 + random.nextInt(42)) : now.minusHours(2);
        for (OffsetDateTime day = from.plusDays(random.nextInt(20)); day.isBefore(until);
             day = day.plusDays(21 + random.nextInt(22))) {
            contact(random, family, ContactKind.HOME_VISIT, day.withHour(1 + random.nextInt(8)), until, visitor);
        }
        OffsetDateTime callsFrom = now.minusDays(60).isAfter(from) ? now.minusDays(60) : from;
        for (OffsetDateTime day = callsFrom.plusDays(random.nextInt(5)); day.isBefore(until);
             day = day.plusDays(5 + random.nextInt(6))) {
            contact(random, family, ContactKind.PHONE_CALL, day.withHour(1 + random.nextInt(9)), until, visitor);
        }
    }

    /** Office hours in Xiamen (01:00–10:00 UTC); nothing later than {@code until}. */
    private void contact(Random random, Family family, ContactKind kind, OffsetDateTime at, OffsetDateTime until,
                         String visitor) {
        if (at.isAfter(until)) {
            return;
        }
        boolean visit = kind == ContactKind.HOME_VISIT;
        boolean noted = random.nextInt(100) < (visit ? 60 : 15);
        boolean followUp = visit && random.nextInt(100) < 12;
        List<NeedArea> needs = new ArrayList<>();
        if (visit && random.nextInt(100) < 30) {
            needs.add(NeedArea.values()[random.nextInt(NeedArea.values().length)]);
        }
        LocalDate day = at.atZoneSameInstant(CityCalendar.ZONE).toLocalDate();
        Contact contact = contacts.save(family, new ContactService.NewContact(kind, at, visitor, BY, visit ? "家中" : null,
                visit ? 30 + random.nextInt(60) : 5 + random.nextInt(20), 2 + random.nextInt(4), needs,
                noted ? VISIT_NOTES.get(random.nextInt(VISIT_NOTES.size())) : null,
                followUp ? FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size())) : null,
                followUp ? day.plusDays(3 + random.nextInt(12)) : null, ContactSource.LIAISON, null));
        // most follow-ups were done in time; some are still open, a few of them overdue
        if (followUp && contact.followUpDue.isBefore(CityCalendar.today()) && random.nextInt(100) < 88) {
            contact.followUpDoneAt = contact.followUpDue.minusDays(random.nextInt(3))
                    .atTime(10, 0).atZone(CityCalendar.ZONE).toOffsetDateTime();
            contact.followUpDoneBy = BY;
        }
    }

    private static District district(Random random, List<District> districts) {
        int total = DISTRICT_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (District district : districts) {
            roll -= DISTRICT_WEIGHTS.getOrDefault(district.code, 0);
            if (roll < 0) {
                return district;
            }
        }
        return districts.get(0);
    }
}

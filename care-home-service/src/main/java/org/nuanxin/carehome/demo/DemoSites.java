package org.nuanxin.carehome.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.nuanxin.carehome.activity.Activity;
import org.nuanxin.carehome.activity.ActivityKind;
import org.nuanxin.carehome.activity.ActivityStatus;
import org.nuanxin.carehome.activity.Registration;
import org.nuanxin.carehome.activity.RegistrationStatus;
import org.nuanxin.carehome.activity.VolunteerSignUp;
import org.nuanxin.carehome.events.ActivityHeld;
import org.nuanxin.carehome.events.ActivityScheduled;
import org.nuanxin.carehome.events.SiteFamilyChanged;
import org.nuanxin.carehome.events.SiteOpened;
import org.nuanxin.carehome.family.DirectoryFamily;
import org.nuanxin.carehome.family.SiteFamily;
import org.nuanxin.carehome.partner.PartnerKind;
import org.nuanxin.carehome.partner.SitePartner;
import org.nuanxin.carehome.site.DemonstrationLevel;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteManager;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.carehome.volunteer.DirectoryVolunteer;
import org.nuanxin.carehome.volunteer.SiteVolunteer;
import org.nuanxin.common.outbox.Outbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The ten warm-home sites of the demonstration, across all six districts, with their partners; then, once the family
 * and volunteer directories have filled from family-service's and volunteer-service's own demo data, the families each
 * site serves (about six in ten of the district's bereaved families), its regular volunteers (one site left one short
 * of the standard, so the supervision view shows a breach) and a year of activities: about a hundred lectures and a
 * hundred free clinics, outings, festival gatherings and the canteen's daily meals, the past ones held with their
 * roll calls and satisfaction, the next four weeks on the schedule. Written as the service writes, events included.
 * Runs once, when {@code nuanxin.demo.enabled} is set and there is no site yet.
 */
@ApplicationScoped
public class DemoSites {

    private static final Logger LOG = Logger.getLogger(DemoSites.class);
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final String BY = "demo";

    private record SiteSeed(String name, String districtCode, String street, String address, String practice,
                            DemonstrationLevel level, double latitude, double longitude) {
    }

    private static final List<SiteSeed> SITES = List.of(
            new SiteSeed("鼓浪屿暖心家园", "350203", "鼓浪屿街道", "鼓浪屿龙头路 28 号", "三三制",
                    DemonstrationLevel.DISTRICT, 24.4474, 118.0672),
            new SiteSeed("厦港暖心家园", "350203", "厦港街道", "沙坡尾 56 号", "三三制",
                    DemonstrationLevel.STREET, 24.444, 118.09),
            new SiteSeed("殿前暖心敬老餐厅", "350206", "殿前街道", "殿前二路 18 号", "暖心敬老餐厅",
                    DemonstrationLevel.DISTRICT, 24.516, 118.101),
            new SiteSeed("江头暖心家园", "350206", "江头街道", "江头北路 66 号", "暖心敬老餐厅",
                    DemonstrationLevel.STREET, 24.5, 118.131),
            new SiteSeed("集美学村暖心家园", "350211", "集美街道", "嘉庚路 9 号", null,
                    DemonstrationLevel.STREET, 24.576, 118.1),
            new SiteSeed("杏林暖心家园", "350211", "杏林街道", "杏林湾路 120 号", null,
                    DemonstrationLevel.NONE, 24.558, 118.045),
            new SiteSeed("海沧暖心家园", "350205", "海沧街道", "海沧大道 399 号", null,
                    DemonstrationLevel.STREET, 24.485, 118.033),
            new SiteSeed("大同暖心家园", "350212", "大同街道", "同安大道 188 号", "闽南特色帮扶八要",
                    DemonstrationLevel.DISTRICT, 24.73, 118.155),
            new SiteSeed("五显暖心家园", "350212", "五显镇", "五显路 12 号", "闽南特色帮扶八要",
                    DemonstrationLevel.STREET, 24.774, 118.18),
            new SiteSeed("马巷暖心家园", "350213", "马巷街道", "马巷镇巷南路 30 号", null,
                    DemonstrationLevel.STREET, 24.655, 118.25));

    private static final List<String> SOCIAL_ORGANISATIONS = List.of("厦门市心理咨询师协会", "同心社工服务中心",
            "夕阳红志愿者协会", "厦门市红十字会", "慈善总会暖心基金", "鹭岛社工事务所", "银龄互助会", "邻里守望社");
    private static final List<String> ENTERPRISES = List.of("厦门航空爱心车队", "建发集团党员服务队", "鹭江爱心药房");
    private static final List<String> HOSPITALS = List.of("厦门大学附属中山医院", "厦门市仙岳医院", "厦门市第一医院");
    private static final List<String> LECTURES = List.of("冬季心血管保健", "防跌倒居家改造", "老年人合理用药",
            "睡眠与情绪", "防范养老诈骗", "智能手机入门", "慢病饮食", "哀伤与自我关怀", "夏季防暑", "骨质疏松预防");
    private static final List<String> OUTINGS = List.of("植物园赏花", "环岛路骑行观光", "集美学村游览", "同安影视城一日游");
    /** Most attendees rate without a comment, hence the nulls. */
    private static final List<String> COMMENTS = Arrays.asList("讲得很实在", "希望多办几次", "老师很耐心",
            "很开心见到老朋友", null, null, null);

    private final DemoConfig config;
    private final Outbox outbox;
    private final ComplianceService compliance;

    DemoSites(DemoConfig config, Outbox outbox, ComplianceService compliance) {
        this.config = config;
        this.outbox = outbox;
        this.compliance = compliance;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        Thread generator = new Thread(this::generateIfEmpty, "demo-sites");
        generator.setDaemon(true);
        generator.start();
    }

    public void generateIfEmpty() {
        if (QuarkusTransaction.requiringNew().call(() -> Site.count()) > 0) {
            LOG.info("there are sites already: no demo data generated");
            return;
        }
        generate(new Random(config.seed()), true);
    }

    /** Writes the sites, then (after the directories settled, if asked to wait) their people and activities. */
    public List<UUID> generate(Random random, boolean awaitDirectories) {
        List<Site> sites = QuarkusTransaction.requiringNew().call(() -> openSites(random));
        LOG.infof("demo: %d sites opened; waiting for the family and volunteer directories", sites.size());
        if (awaitDirectories) {
            awaitDirectories();
        }
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            boolean oneShort = i == sites.size() - 1;
            QuarkusTransaction.requiringNew().run(() -> staff(site, random, oneShort));
            QuarkusTransaction.requiringNew().run(() -> activities(site, random));
            // measured once its people and its year of activities are in
            QuarkusTransaction.requiringNew().run(() -> compliance.evaluate(Site.findById(site.id)));
        }
        QuarkusTransaction.requiringNew().run(() -> signUpDemoVolunteer(sites.get(0)));
        LOG.info("demo: families, volunteers and a year of activities generated for the sites");
        return sites.stream().map(site -> site.id).toList();
    }

    private List<Site> openSites(Random random) {
        List<Site> sites = new ArrayList<>();
        OffsetDateTime opened = LocalDate.now(CITY).minusYears(1).minusMonths(2).atTime(9, 0).atZone(CITY)
                .toOffsetDateTime();
        for (SiteSeed seed : SITES) {
            Site site = new Site();
            site.id = UUID.randomUUID();
            site.name = seed.name();
            site.districtCode = seed.districtCode();
            site.street = seed.street();
            site.address = seed.address();
            site.openingHours = "周一至周六 8:30-17:30";
            site.featuredPractice = seed.practice();
            site.demonstrationLevel = seed.level();
            site.latitude = seed.latitude();
            site.longitude = seed.longitude();
            site.openedAt = opened.plusDays(random.nextInt(40));
            site.openedBy = BY;
            site.persist();
            outbox.publish("site", site.id, SiteOpened.TYPE, new SiteOpened(site.id, site.name, site.districtCode,
                    site.street, site.featuredPractice, site.demonstrationLevel.name(), site.latitude, site.longitude,
                    site.openedAt));
            List<String> organisations = new ArrayList<>(SOCIAL_ORGANISATIONS);
            Collections.shuffle(organisations, random);
            organisations.subList(0, 5 + random.nextInt(3))
                    .forEach(name -> partner(site, name, PartnerKind.SOCIAL_ORGANISATION, random));
            partner(site, ENTERPRISES.get(random.nextInt(ENTERPRISES.size())), PartnerKind.ENTERPRISE, random);
            partner(site, HOSPITALS.get(random.nextInt(HOSPITALS.size())), PartnerKind.HOSPITAL, random);
            sites.add(site);
        }
        // the demo volunteer runs the activities of the first site, as a site manager
        SiteManager manager = new SiteManager();
        manager.siteId = sites.get(0).id;
        manager.username = "volunteer";
        manager.persist();
        return sites;
    }

    private void partner(Site site, String name, PartnerKind kind, Random random) {
        SitePartner partner = new SitePartner();
        partner.id = UUID.randomUUID();
        partner.siteId = site.id;
        partner.name = name;
        partner.kind = kind;
        partner.agreement = switch (kind) {
            case SOCIAL_ORGANISATION -> "每月两次上门陪伴与心理疏导";
            case ENTERPRISE -> "节日慰问与出游用车";
            case HOSPITAL -> "专家义诊与绿色就医通道";
        };
        partner.agreementFrom = site.openedAt.atZoneSameInstant(CITY).toLocalDate();
        partner.agreementUntil = partner.agreementFrom.plusYears(3);
        partner.addedAt = site.openedAt;
        partner.addedBy = BY;
        partner.persist();
    }

    /** Waits until neither directory has grown over three checks ten seconds apart, or the configured limit. */
    private void awaitDirectories() {
        Instant deadline = Instant.now().plus(config.directoryWait());
        long last = -1;
        int steady = 0;
        while (Instant.now().isBefore(deadline) && steady < 3) {
            long now = QuarkusTransaction.requiringNew().call(() -> DirectoryFamily.count()
                    + DirectoryVolunteer.count());
            steady = now > 0 && now == last ? steady + 1 : 0;
            last = now;
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** About six in ten of the district's bereaved families (and some disabled-child families); 10–14 volunteers. */
    private void staff(Site site, Random random, boolean oneShort) {
        int sitesInDistrict = (int) SITES.stream().filter(s -> s.districtCode().equals(site.districtCode)).count();
        List<DirectoryFamily> families = DirectoryFamily.list(
                "districtCode = ?1 and status = ?2 and id not in (select f.familyId from SiteFamily f) order by id",
                site.districtCode, DirectoryFamily.ACTIVE);
        Collections.shuffle(families, random);
        long alreadyServed = SiteFamily.count("siteId in (select s.id from Site s where s.districtCode = ?1)",
                site.districtCode);
        int share = (int) ((families.size() + alreadyServed) * 62 / 100 / sitesInDistrict);
        OffsetDateTime joined = site.openedAt.plusDays(7);
        for (DirectoryFamily family : families.subList(0, Math.min(share, families.size()))) {
            SiteFamily served = new SiteFamily();
            served.familyId = family.id;
            served.siteId = site.id;
            served.joinedAt = joined.plusDays(random.nextInt(60));
            served.joinedBy = BY;
            served.persist();
            outbox.publish("site", site.id, SiteFamilyChanged.JOINED, new SiteFamilyChanged(site.id, family.id,
                    site.districtCode, family.category, null, served.joinedAt));
        }
        List<DirectoryVolunteer> volunteers = DirectoryVolunteer.list("districtCode = ?1 and status = ?2 "
                + "and id not in (select v.volunteerId from SiteVolunteer v) order by id", site.districtCode,
                DirectoryVolunteer.ACTIVE);
        Collections.shuffle(volunteers, random);
        int regulars = oneShort ? 9 : 10 + random.nextInt(5);
        for (DirectoryVolunteer volunteer : volunteers.subList(0, Math.min(regulars, volunteers.size()))) {
            SiteVolunteer regular = new SiteVolunteer();
            regular.siteId = site.id;
            regular.volunteerId = volunteer.id;
            regular.attachedAt = joined;
            regular.attachedBy = BY;
            regular.persist();
        }
    }

    /** The demo volunteer has signed up to help at the next four gatherings, lectures or clinics of their site. */
    private void signUpDemoVolunteer(Site site) {
        OffsetDateTime now = OffsetDateTime.now();
        Activity.<Activity>list("siteId = ?1 and status = ?2 and kind <> ?3 and startsAt > ?4 order by startsAt",
                        site.id, ActivityStatus.SCHEDULED, ActivityKind.CANTEEN_MEAL, now).stream().limit(4)
                .forEach(activity -> {
                    VolunteerSignUp signUp = new VolunteerSignUp();
                    signUp.activityId = activity.id;
                    signUp.username = "volunteer";
                    signUp.signedUpAt = now;
                    signUp.persist();
                });
    }

    /** A year up to today, held, and the next four weeks scheduled. */
    private void activities(Site site, Random random) {
        List<UUID> served = SiteFamily.<SiteFamily>list("siteId", site.id).stream().map(f -> f.familyId).toList();
        LocalDate today = LocalDate.now(CITY);
        LocalDate first = today.minusYears(1);
        boolean canteen = "暖心敬老餐厅".equals(site.featuredPractice);
        for (LocalDate day = first; day.isBefore(today.plusWeeks(4)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean past = day.isBefore(today);
            if (canteen) {
                activity(site, ActivityKind.CANTEEN_MEAL, "暖心敬老餐厅午餐", day, LocalTime.of(11, 0), 120, past,
                        List.of(), random);
            }
            // about ten lectures and ten clinics a site a year make the city's "双百"
            if (day.getDayOfWeek() == DayOfWeek.TUESDAY && random.nextInt(5) == 0) {
                activity(site, ActivityKind.LECTURE, "暖心大学堂：" + LECTURES.get(random.nextInt(LECTURES.size())),
                        day, LocalTime.of(9, 30), 40, past, served, random);
            }
            if (day.getDayOfWeek() == DayOfWeek.THURSDAY && random.nextInt(5) == 0) {
                activity(site, ActivityKind.FREE_CLINIC, "专家义诊", day, LocalTime.of(9, 0), 50, past, served,
                        random);
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY && random.nextInt(17) == 0) {
                activity(site, ActivityKind.OUTING, OUTINGS.get(random.nextInt(OUTINGS.size())), day,
                        LocalTime.of(8, 30), 25, past, served, random);
            }
            // every site's own gatherings on the first and third Saturday keep it above the monthly standard
            String gathering = gathering(day);
            if (gathering != null) {
                activity(site, ActivityKind.FESTIVAL, gathering, day, LocalTime.of(14, 30), 40, past, served, random);
            }
            String festival = festival(day);
            if (festival != null) {
                activity(site, ActivityKind.FESTIVAL, festival + "联谊会", day, LocalTime.of(15, 0), 60, past, served,
                        random);
            }
        }
    }

    private static String gathering(LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            return null;
        }
        int week = (day.getDayOfMonth() - 1) / 7;
        return week == 0 ? "月度集体生日会" : week == 2 ? "邻里茶话会" : null;
    }

    private static String festival(LocalDate day) {
        return switch (day.getMonthValue() * 100 + day.getDayOfMonth()) {
            case 101 -> "元旦";
            case 210 -> "春节";
            case 606 -> "端午";
            case 917 -> "中秋";
            case 1011 -> "重阳";
            default -> null;
        };
    }

    private void activity(Site site, ActivityKind kind, String title, LocalDate day, LocalTime time, int capacity,
                          boolean past, List<UUID> served, Random random) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.siteId = site.id;
        activity.districtCode = site.districtCode;
        activity.kind = kind;
        activity.title = title;
        activity.startsAt = day.atTime(time).atZone(CITY).toOffsetDateTime();
        activity.endsAt = activity.startsAt.plusHours(kind == ActivityKind.OUTING ? 7 : 2);
        activity.capacity = capacity;
        activity.status = ActivityStatus.SCHEDULED;
        activity.expertIds = kind == ActivityKind.FREE_CLINIC ? UUID.randomUUID() + "," + UUID.randomUUID() : null;
        activity.scheduledBy = BY;
        activity.persist();
        outbox.publish("activity", activity.id, ActivityScheduled.TYPE, new ActivityScheduled(activity.id, site.id,
                site.districtCode, kind.name(), title, activity.startsAt, activity.endsAt, capacity));
        if (!past) {
            return;
        }
        int registered = 0;
        int attended = 0;
        int walkIns = 0;
        if (kind != ActivityKind.CANTEEN_MEAL && !served.isEmpty()) {
            List<UUID> families = new ArrayList<>(served);
            Collections.shuffle(families, random);
            int coming = Math.min(families.size(), capacity * (60 + random.nextInt(40)) / 100);
            for (int i = 0; i < coming; i++) {
                boolean walkIn = random.nextInt(12) == 0;
                boolean present = walkIn || random.nextInt(10) > 0;
                Registration registration = new Registration();
                registration.id = UUID.randomUUID();
                registration.activityId = activity.id;
                registration.familyId = families.get(i);
                registration.status = walkIn ? RegistrationStatus.WALK_IN : RegistrationStatus.REGISTERED;
                registration.registeredAt = activity.startsAt.minusDays(walkIn ? 0 : 3 + random.nextInt(7));
                if (present) {
                    registration.attendedAt = activity.startsAt.minusMinutes(random.nextInt(15));
                    if (random.nextInt(3) > 0) {
                        registration.satisfaction = random.nextInt(10) == 0 ? 3 : 4 + random.nextInt(2);
                        registration.feedback = COMMENTS.get(random.nextInt(COMMENTS.size()));
                    }
                }
                registration.persist();
                registered += walkIn ? 0 : 1;
                attended += present ? 1 : 0;
                walkIns += walkIn ? 1 : 0;
            }
        }
        activity.status = ActivityStatus.HELD;
        activity.heldAt = activity.endsAt;
        activity.mealsServed = kind == ActivityKind.CANTEEN_MEAL ? 60 + random.nextInt(60) : null;
        outbox.publish("activity", activity.id, ActivityHeld.TYPE, new ActivityHeld(activity.id, site.id,
                site.districtCode, kind.name(), activity.startsAt, activity.heldAt, registered, attended, walkIns,
                activity.mealsServed));
    }
}

package org.nuanxin.gateway.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the supervision read models into one snapshot. Each block is one grouped query per read model, so the cost
 * does not grow with the number of screens (the stream computes one snapshot per change batch and cuts it per caller).
 */
@ApplicationScoped
public class SupervisionService {

    /** Weeks, months and policy years are Xiamen's. */
    public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final SupervisionConfig config;

    SupervisionService(EntityManager em, SupervisionConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public SupervisionSnapshot snapshot() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(CITY);
        OffsetDateTime weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(CITY).toOffsetDateTime();
        OffsetDateTime monthStart = today.withDayOfMonth(1).atStartOfDay(CITY).toOffsetDateTime();
        OffsetDateTime yearStart = today.withDayOfYear(1).atStartOfDay(CITY).toOffsetDateTime();
        SupervisionConfig.Cadence cadence = config.cadence();

        Map<String, Object[]> families = byDistrict(em.createNativeQuery("""
                        SELECT district_code,
                               count(*) FILTER (WHERE category = 'BEREAVED'),
                               count(*) FILTER (WHERE category = 'DISABLED_CHILD'),
                               count(*) FILTER (WHERE liaisons),
                               count(*) FILTER (WHERE family_doctor),
                               count(*) FILTER (WHERE green_channel),
                               count(*) FILTER (WHERE last_contact_at IS NULL OR last_contact_at <= :contact),
                               count(*) FILTER (WHERE last_visit_at IS NULL OR last_visit_at <= :visit),
                               count(*) FILTER (WHERE risk_level = 'HIGH' AND (last_visit_at IS NULL OR last_visit_at <= :highRisk)),
                               coalesce(sum(member_count) FILTER (WHERE category = 'BEREAVED'), 0)
                        FROM supervised_family WHERE active GROUP BY district_code""")
                .setParameter("contact", now.minusDays(cadence.contactWithinDays()))
                .setParameter("visit", now.minusDays(cadence.visitWithinDays()))
                .setParameter("highRisk", now.minusDays(cadence.highRiskVisitWithinDays())));
        Map<String, Object[]> visits = byDistrict(em.createNativeQuery("""
                        SELECT district_code, count(*) FILTER (WHERE contacted_at >= :week), count(*)
                        FROM supervised_visit WHERE contacted_at >= :month GROUP BY district_code""")
                .setParameter("week", weekStart).setParameter("month", monthStart));
        Map<String, Object[]> followUps = byDistrict(em.createNativeQuery("""
                        SELECT district_code, count(*) FROM supervised_follow_up
                        WHERE overdue AND NOT done GROUP BY district_code"""));
        Map<String, Object[]> volunteers = byDistrict(em.createNativeQuery("""
                        SELECT district_code, count(*) FROM supervised_volunteer WHERE status = 'ACTIVE' GROUP BY district_code"""));
        Map<String, Object[]> hours = byDistrict(em.createNativeQuery("""
                        SELECT district_code, sum(minutes) FROM supervised_hours WHERE credited_at >= :month
                        GROUP BY district_code""").setParameter("month", monthStart));
        Map<String, Object[]> tasks = byDistrict(em.createNativeQuery("""
                        SELECT district_code, count(*), count(*) FILTER (WHERE window_end < :now)
                        FROM supervised_task WHERE stage < 9 GROUP BY district_code""").setParameter("now", now));
        Map<String, Object[]> calls = byDistrict(em.createNativeQuery("""
                        SELECT district_code, count(*) FILTER (WHERE status = 'DONE'),
                               count(*) FILTER (WHERE status = 'UNREACHED'), count(*) FILTER (WHERE status = 'PENDING')
                        FROM supervised_call_entry GROUP BY district_code"""));
        Map<String, Object[]> insured = byDistrict(em.createNativeQuery("""
                        SELECT f.district_code, count(*) FROM supervised_insured i
                        JOIN supervised_family f ON f.family_id = i.family_id
                        WHERE NOT i.ended AND f.active GROUP BY f.district_code"""));
        Map<String, Object[]> claims = byDistrict(em.createNativeQuery("""
                        SELECT f.district_code,
                               count(*) FILTER (WHERE c.stage IN (1, 2)),
                               count(*) FILTER (WHERE c.stage >= 3 AND c.status <> 'REJECTED'),
                               count(*) FILTER (WHERE c.status = 'REJECTED'),
                               count(*) FILTER (WHERE c.stage = 4),
                               coalesce(sum(c.benefit_amount) FILTER (WHERE c.stage >= 3 AND c.status <> 'REJECTED'), 0),
                               coalesce(sum(c.paid_amount) FILTER (WHERE c.stage = 4), 0),
                               avg(extract(epoch FROM c.decided_at - c.submitted_at) / 3600.0)
                                   FILTER (WHERE c.decided_at IS NOT NULL AND c.submitted_at IS NOT NULL)
                        FROM supervised_claim c
                        JOIN supervised_insured i ON i.person_id = c.person_id
                        JOIN supervised_family f ON f.family_id = i.family_id
                        GROUP BY f.district_code"""));
        Map<String, Object[]> sites = byDistrict(em.createNativeQuery("""
                        SELECT district_code, count(*), count(*) FILTER (WHERE meets_standard)
                        FROM supervised_site WHERE name <> '' GROUP BY district_code"""));
        Map<String, Object[]> reached = byDistrict(em.createNativeQuery("""
                        SELECT f.district_code, count(DISTINCT f.family_id)
                        FROM supervised_site_family s JOIN supervised_family f ON f.family_id = s.family_id
                        WHERE s.joined AND f.active AND f.category = 'BEREAVED' GROUP BY f.district_code"""));
        Map<String, Object[]> activities = byDistrict(em.createNativeQuery("""
                        SELECT district_code,
                               count(*) FILTER (WHERE kind = 'LECTURE' AND starts_at >= :year),
                               count(*) FILTER (WHERE kind = 'FREE_CLINIC' AND starts_at >= :year),
                               count(*) FILTER (WHERE starts_at >= :month),
                               coalesce(sum(attended) FILTER (WHERE starts_at >= :month), 0)
                        FROM supervised_activity WHERE held AND starts_at >= :year AND starts_at < :now
                        GROUP BY district_code""")
                .setParameter("year", yearStart).setParameter("month", monthStart).setParameter("now", now));

        List<SupervisionSnapshot.DistrictCount> districts = District.listInOrder().stream().map(d -> {
            String code = d.districtCode;
            long[] f = counts(families, code, 9);
            long[] v = counts(visits, code, 2);
            long[] k = counts(tasks, code, 2);
            long[] c = counts(calls, code, 3);
            Object[] claim = claims.getOrDefault(code, new Object[8]);
            long[] s = counts(sites, code, 2);
            long[] a = counts(activities, code, 4);
            BigDecimal minutes = decimal(hours.getOrDefault(code, new Object[1])[0]);
            return new SupervisionSnapshot.DistrictCount(code, d.districtName, (int) (f[0] + f[1]), (int) f[0], (int) f[1],
                    new SupervisionSnapshot.Coverage(f[2], f[3], f[4]),
                    new SupervisionSnapshot.Cadence(f[5], f[6], v[0], v[1], counts(followUps, code, 1)[0], f[7]),
                    new SupervisionSnapshot.Volunteers(counts(volunteers, code, 1)[0],
                            minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString(),
                            k[0], k[1], c[0], c[1], c[2]),
                    new SupervisionSnapshot.Insurance(f[8], counts(insured, code, 1)[0], n(claim[0]), n(claim[1]), n(claim[2]),
                            n(claim[3]), yuan(decimal(claim[4])), yuan(decimal(claim[5])),
                            claim[6] == null ? null : BigDecimal.valueOf(((Number) claim[6]).doubleValue())
                                    .setScale(1, RoundingMode.HALF_UP).doubleValue()),
                    new SupervisionSnapshot.Sites(s[0], s[1], counts(reached, code, 1)[0], a[0], a[1], a[2], a[3]));
        }).toList();

        return new SupervisionSnapshot(districts.stream().mapToInt(SupervisionSnapshot.DistrictCount::families).sum(),
                districts, siteStatuses(), programme(today.getYear(), districts), now);
    }

    /** The district's figures street by street, most families first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<StreetCount> streets(String districtCode) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SupervisionConfig.Cadence cadence = config.cadence();
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT f.street, count(*),
                               count(*) FILTER (WHERE f.category = 'BEREAVED'),
                               count(*) FILTER (WHERE f.category = 'DISABLED_CHILD'),
                               count(*) FILTER (WHERE f.liaisons),
                               count(*) FILTER (WHERE f.family_doctor),
                               count(*) FILTER (WHERE f.green_channel),
                               count(*) FILTER (WHERE f.last_contact_at IS NULL OR f.last_contact_at <= :contact),
                               count(*) FILTER (WHERE f.last_visit_at IS NULL OR f.last_visit_at <= :visit),
                               count(*) FILTER (WHERE f.risk_level = 'HIGH' AND (f.last_visit_at IS NULL OR f.last_visit_at <= :highRisk)),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM supervised_follow_up u
                                                WHERE u.family_id = f.family_id AND u.overdue AND NOT u.done))
                        FROM supervised_family f WHERE f.active AND f.district_code = :district
                        GROUP BY f.street ORDER BY count(*) DESC, f.street""")
                .setParameter("district", districtCode)
                .setParameter("contact", now.minusDays(cadence.contactWithinDays()))
                .setParameter("visit", now.minusDays(cadence.visitWithinDays()))
                .setParameter("highRisk", now.minusDays(cadence.highRiskVisitWithinDays()))
                .getResultList();
        return rows.stream().map(r -> new StreetCount(r[0] == null ? "未填街道" : (String) r[0], n(r[1]), n(r[2]), n(r[3]),
                new SupervisionSnapshot.Coverage(n(r[4]), n(r[5]), n(r[6])), n(r[7]), n(r[8]), n(r[9]), n(r[10])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<SupervisionSnapshot.SiteStatus> siteStatuses() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(s.site_id AS text), s.name, s.district_code, s.meets_standard, s.shortfalls
                FROM supervised_site s JOIN district d ON d.district_code = s.district_code
                WHERE s.name <> '' ORDER BY d.sort_order, s.name""").getResultList();
        return rows.stream().map(r -> new SupervisionSnapshot.SiteStatus(UUID.fromString((String) r[0]), (String) r[1],
                (String) r[2], (Boolean) r[3],
                r[4] == null || ((String) r[4]).isEmpty() ? List.of() : Arrays.asList(((String) r[4]).split(","))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private SupervisionSnapshot.Programme programme(int year, List<SupervisionSnapshot.DistrictCount> districts) {
        List<Object> budget = em.createNativeQuery("SELECT amount FROM supervised_premium_budget WHERE year = :year")
                .setParameter("year", year).getResultList();
        long enrolled = districts.stream().mapToLong(d -> d.insurance().enrolled()).sum();
        BigDecimal due = config.programme().annualPremium().multiply(BigDecimal.valueOf(enrolled)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = budget.isEmpty() ? null : decimal(budget.get(0));
        return new SupervisionSnapshot.Programme(year, amount == null ? null : yuan(amount), yuan(due),
                amount == null ? null : yuan(amount.subtract(due)),
                districts.stream().mapToLong(d -> d.sites().lecturesThisYear()).sum(),
                districts.stream().mapToLong(d -> d.sites().clinicsThisYear()).sum(),
                config.programme().doubleHundredTarget());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object[]> byDistrict(Query query) {
        Map<String, Object[]> rows = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.put((String) columns[0], Arrays.copyOfRange(columns, 1, columns.length));
        }
        return rows;
    }

    private static long[] counts(Map<String, Object[]> rows, String district, int width) {
        long[] counts = new long[width];
        Object[] row = rows.get(district);
        for (int i = 0; row != null && i < width; i++) {
            counts[i] = n(row[i]);
        }
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

package org.nuanxin.carehome.standards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.events.SiteStandardChanged;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.common.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures sites against the standard: after every change to a site's volunteers, partners or activities, whenever a
 * volunteer's status changes, and every hour for what changes with the calendar alone (an agreement ending, a month
 * rolling over; {@link StandardsRecheck}). A site crossing the line either way publishes standard-met or
 * standard-breached in the same transaction; a site that never met the standard has nothing to breach. The site's
 * standing row is locked while it is measured, so two measurements (two instances, a request and the re-check)
 * cannot both see the old standing and both publish the change.
 */
@ApplicationScoped
public class ComplianceService {

    /** Xiamen's calendar decides which agreements hold today and which month was the last. */
    public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final SiteStandards standards;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final SiteAccess access;

    ComplianceService(SiteStandards standards, Outbox outbox, EntityManager entityManager, SiteAccess access) {
        this.access = access;
        this.standards = standards;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    public LocalDate today() {
        return LocalDate.now(CITY);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(Site site) {
        evaluate(site, today());
    }

    /**
     * Measures the site as of {@code day} and stores its standing.
     *
     * @return true if the site crossed the line (and the change was published)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean evaluate(Site site, LocalDate day) {
        SiteCompliance standing = SiteCompliance.findById(site.id, LockModeType.PESSIMISTIC_WRITE);
        Measure measure = measure(site.id, day);
        List<Shortfall> shortfalls = shortfalls(measure);
        boolean compliant = shortfalls.isEmpty();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        boolean wasCompliant = standing != null && standing.compliant;
        if (standing == null) {
            standing = new SiteCompliance();
            standing.siteId = site.id;
        }
        standing.compliant = compliant;
        standing.regularVolunteers = measure.regularVolunteers();
        standing.partnerOrganisations = measure.partnerOrganisations();
        standing.activities = measure.activities();
        standing.activitiesMonth = measure.month().toString();
        standing.evaluatedAt = now;
        if (compliant) {
            standing.lastMetAt = now;
        }
        standing.persist();

        if (compliant == wasCompliant) {
            return false;
        }
        outbox.publish("site", site.id, compliant ? SiteStandardChanged.MET : SiteStandardChanged.BREACHED,
                new SiteStandardChanged(site.id, site.districtCode, measure.regularVolunteers(),
                        measure.partnerOrganisations(), measure.activities(), measure.month().toString(),
                        standards.minRegularVolunteers(), standards.minPartnerOrganisations(),
                        standards.minActivitiesPerMonth(), shortfalls.stream().map(Enum::name).toList(), now));
        return true;
    }

    /**
     * The re-check of one site as of {@code day}, unless its standing is being measured elsewhere right now (that
     * measurement is as recent as this one would be, and waiting for it would only hold up the re-check).
     *
     * @return true if the site crossed the line
     */
    @Transactional
    public boolean recheck(UUID siteId, LocalDate day) {
        List<?> free = entityManager.createNativeQuery(
                        "SELECT site_id FROM site_compliance WHERE site_id = :site FOR UPDATE SKIP LOCKED")
                .setParameter("site", siteId).getResultList();
        // a site never measured has no row to lock: it is measured now (a second instance doing the same at the same
        // moment fails on the key and rolls back)
        if (free.isEmpty() && SiteCompliance.count("siteId", siteId) > 0) {
            return false;
        }
        return evaluate(Site.findById(siteId), day);
    }

    /** Every site the volunteer is a regular of, measured again (their status changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluateSitesOf(UUID volunteerId) {
        List<Site> sites = Site.list("id in (select v.siteId from SiteVolunteer v where v.volunteerId = ?1)",
                volunteerId);
        sites.forEach(this::evaluate);
    }

    @Transactional
    public List<ComplianceView> list(String districtCode) {
        Map<String, String> names = District.names();
        List<Site> sites = districtCode == null ? Site.list("order by districtCode, name")
                : Site.list("districtCode = ?1 order by name", districtCode);
        return sites.stream().map(site -> view(site, names.get(site.districtCode))).toList();
    }

    @Transactional
    public ComplianceView of(UUID siteId) {
        Site site = access.visible(siteId);
        return view(site, District.names().get(site.districtCode));
    }

    private ComplianceView view(Site site, String districtName) {
        SiteCompliance standing = SiteCompliance.findById(site.id);
        Measure measure = standing == null ? new Measure(0, 0, 0, YearMonth.from(today()).minusMonths(1))
                : new Measure(standing.regularVolunteers, standing.partnerOrganisations, standing.activities,
                standing.activitiesMonth == null ? YearMonth.from(today()).minusMonths(1)
                        : YearMonth.parse(standing.activitiesMonth));
        List<Shortfall> shortfalls = shortfalls(measure);
        return new ComplianceView(site.id, site.name, site.districtCode, districtName, measure.regularVolunteers(),
                standards.minRegularVolunteers(), measure.partnerOrganisations(), standards.minPartnerOrganisations(),
                measure.activities(), standards.minActivitiesPerMonth(), measure.month().toString(),
                shortfalls.isEmpty(), shortfalls, standing == null ? null : standing.lastMetAt);
    }

    private List<Shortfall> shortfalls(Measure measure) {
        return Shortfall.of(measure, standards.minRegularVolunteers(), standards.minPartnerOrganisations(),
                standards.minActivitiesPerMonth());
    }

    private Measure measure(UUID siteId, LocalDate day) {
        int volunteers = ((Number) entityManager.createQuery("select count(v) from SiteVolunteer v, DirectoryVolunteer d "
                        + "where v.volunteerId = d.id and v.siteId = :site and d.status = 'ACTIVE'")
                .setParameter("site", siteId).getSingleResult()).intValue();
        int partners = ((Number) entityManager.createQuery("select count(p) from SitePartner p where p.siteId = :site "
                        + "and p.kind = org.nuanxin.carehome.partner.PartnerKind.SOCIAL_ORGANISATION "
                        + "and p.agreementFrom <= :day and (p.agreementUntil is null or p.agreementUntil >= :day)")
                .setParameter("site", siteId).setParameter("day", day).getSingleResult()).intValue();
        YearMonth month = YearMonth.from(day).minusMonths(1);
        int activities = ((Number) entityManager.createQuery("select count(a) from Activity a where a.siteId = :site "
                        + "and a.status = org.nuanxin.carehome.activity.ActivityStatus.HELD "
                        + "and a.startsAt >= :from and a.startsAt < :to")
                .setParameter("site", siteId)
                .setParameter("from", month.atDay(1).atStartOfDay(CITY).toOffsetDateTime())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(CITY).toOffsetDateTime())
                .getSingleResult()).intValue();
        return new Measure(volunteers, partners, activities, month);
    }
}

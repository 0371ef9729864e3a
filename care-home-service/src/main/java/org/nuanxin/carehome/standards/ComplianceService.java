package org.nuanxin.carehome.standards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.events.SiteStandardChanged;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.common.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures sites against the standard, live: after every change to a site's volunteers or partners, and whenever a
 * volunteer's status changes. A site crossing the line either way publishes standard-met or standard-breached in
 * the same transaction; a site that never met the standard has nothing to breach.
 */
@ApplicationScoped
public class ComplianceService {

    /** Xiamen's calendar decides which agreements hold today. */
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

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
        int volunteers = activeRegularVolunteers(site.id);
        int partners = partnerOrganisationsInForce(site.id);
        List<Shortfall> shortfalls = Shortfall.of(volunteers, partners, standards.minRegularVolunteers(),
                standards.minPartnerOrganisations());
        boolean compliant = shortfalls.isEmpty();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        SiteCompliance standing = SiteCompliance.findById(site.id);
        boolean wasCompliant = standing != null && standing.compliant;
        if (standing == null) {
            standing = new SiteCompliance();
            standing.siteId = site.id;
        }
        standing.compliant = compliant;
        standing.regularVolunteers = volunteers;
        standing.partnerOrganisations = partners;
        standing.evaluatedAt = now;
        if (compliant) {
            standing.lastMetAt = now;
        }
        standing.persist();

        if (compliant != wasCompliant) {
            outbox.publish("site", site.id, compliant ? SiteStandardChanged.MET : SiteStandardChanged.BREACHED,
                    new SiteStandardChanged(site.id, site.districtCode, volunteers, partners,
                            standards.minRegularVolunteers(), standards.minPartnerOrganisations(),
                            shortfalls.stream().map(Enum::name).toList(), now));
        }
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
        int volunteers = standing == null ? 0 : standing.regularVolunteers;
        int partners = standing == null ? 0 : standing.partnerOrganisations;
        List<Shortfall> shortfalls = Shortfall.of(volunteers, partners, standards.minRegularVolunteers(),
                standards.minPartnerOrganisations());
        return new ComplianceView(site.id, site.name, site.districtCode, districtName, volunteers,
                standards.minRegularVolunteers(), partners, standards.minPartnerOrganisations(),
                shortfalls.isEmpty(), shortfalls, standing == null ? null : standing.lastMetAt);
    }

    private int activeRegularVolunteers(UUID siteId) {
        return ((Number) entityManager.createQuery("select count(v) from SiteVolunteer v, DirectoryVolunteer d "
                        + "where v.volunteerId = d.id and v.siteId = :site and d.status = 'ACTIVE'")
                .setParameter("site", siteId).getSingleResult()).intValue();
    }

    private int partnerOrganisationsInForce(UUID siteId) {
        LocalDate today = today();
        return ((Number) entityManager.createQuery("select count(p) from SitePartner p where p.siteId = :site "
                        + "and p.kind = org.nuanxin.carehome.partner.PartnerKind.SOCIAL_ORGANISATION "
                        + "and p.agreementFrom <= :today and (p.agreementUntil is null or p.agreementUntil >= :today)")
                .setParameter("site", siteId).setParameter("today", today).getSingleResult()).intValue();
    }
}

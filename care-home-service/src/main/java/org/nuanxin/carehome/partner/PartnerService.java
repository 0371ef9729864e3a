package org.nuanxin.carehome.partner;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A site's partner organisations; every change measures the site against the standard again. */
@ApplicationScoped
public class PartnerService {

    private final SiteAccess access;
    private final ComplianceService compliance;

    PartnerService(SiteAccess access, ComplianceService compliance) {
        this.access = access;
        this.compliance = compliance;
    }

    @Transactional
    public PartnerView add(UUID siteId, AddPartnerRequest request) {
        Site site = access.managed(siteId);
        if (request.agreementUntil() != null && request.agreementUntil().isBefore(request.agreementFrom())) {
            throw ProblemException.invalidField("agreementUntil", "协议截止日期不能早于起始日期");
        }
        String name = request.name().trim();
        if (SitePartner.count("siteId = ?1 and name = ?2", siteId, name) > 0) {
            throw ProblemException.conflictOnField("name", "该单位已是本站点的合作单位");
        }
        SitePartner partner = new SitePartner();
        partner.id = UUID.randomUUID();
        partner.siteId = site.id;
        partner.name = name;
        partner.kind = request.kind();
        partner.agreement = request.agreement().trim();
        partner.agreementFrom = request.agreementFrom();
        partner.agreementUntil = request.agreementUntil();
        partner.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        partner.addedBy = access.username();
        partner.persistAndFlush();
        compliance.evaluate(site);
        return PartnerView.of(partner, compliance.today());
    }

    @Transactional
    public void remove(UUID siteId, UUID partnerId) {
        Site site = access.managed(siteId);
        SitePartner partner = SitePartner.find("id = ?1 and siteId = ?2", partnerId, siteId).firstResult();
        if (partner == null) {
            throw ProblemException.notFound("合作单位", partnerId);
        }
        partner.delete();
        SitePartner.flush();
        compliance.evaluate(site);
    }

    @Transactional
    public List<PartnerView> list(UUID siteId) {
        access.visible(siteId);
        LocalDate today = compliance.today();
        return SitePartner.<SitePartner>list("siteId", Sort.by("kind").and("name"), siteId).stream()
                .map(partner -> PartnerView.of(partner, today)).toList();
    }
}

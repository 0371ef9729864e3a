package org.nuanxin.carehome.site;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.events.SiteOpened;
import org.nuanxin.carehome.events.SiteUpdated;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens and finds warm-home sites; every opening commits together with its event or not at all. */
@ApplicationScoped
public class SiteService {

    private final Outbox outbox;
    private final Caller caller;
    private final SiteAccess access;
    private final ComplianceService compliance;

    SiteService(Outbox outbox, Caller caller, SiteAccess access, ComplianceService compliance) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.compliance = compliance;
    }

    @Transactional
    public SiteView open(OpenSiteRequest request) {
        District district = District.findById(request.districtCode());
        if (district == null) {
            throw ProblemException.invalidField("districtCode", "不是厦门市的区划代码");
        }
        if (!district.hasStreet(request.street())) {
            throw ProblemException.invalidField("street", "不是" + district.name + "的街道/镇");
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            String missing = request.latitude() == null ? "latitude" : "longitude";
            throw ProblemException.invalidField(missing, "经纬度须同时填写或同时留空");
        }
        String name = request.name().trim();
        if (Site.count("name", name) > 0) {
            throw ProblemException.conflictOnField("name", "已有同名的暖心家园");
        }

        Site site = new Site();
        site.id = UUID.randomUUID();
        site.name = name;
        site.districtCode = district.code;
        site.street = request.street();
        site.address = request.address().trim();
        site.openingHours = request.openingHours().trim();
        site.featuredPractice = request.featuredPractice() == null || request.featuredPractice().isBlank()
                ? null : request.featuredPractice().trim();
        site.demonstrationLevel = request.demonstrationLevel();
        site.latitude = request.latitude();
        site.longitude = request.longitude();
        site.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        site.openedBy = caller.username();
        site.persist();

        outbox.publish("site", site.id, SiteOpened.TYPE, new SiteOpened(site.id, site.name, site.districtCode,
                site.street, site.featuredPractice, site.demonstrationLevel.name(), site.latitude, site.longitude,
                site.openedAt));
        compliance.evaluate(site);
        return SiteView.of(site, district.name);
    }

    @Transactional
    public SiteView get(UUID id) {
        Site site = access.visible(id);
        return SiteView.of(site, District.names().get(site.districtCode));
    }

    @Transactional
    public PageResponse<SiteView> search(SiteSearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        access.scope().ifPresent(district -> {
            where.append(" AND districtCode = :scope");
            params.and("scope", district);
        });
        if (search.districtCode() != null) {
            where.append(" AND districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.demonstrationLevel() != null) {
            where.append(" AND demonstrationLevel = :level");
            params.and("level", search.demonstrationLevel());
        }
        var query = Site.find(where.toString(), Sort.by("districtCode").and("name"), params)
                .page(Page.of(search.page(), search.size()));
        Map<String, String> districtNames = District.names();
        List<SiteView> items = query.<Site>list().stream()
                .map(site -> SiteView.of(site, districtNames.get(site.districtCode))).toList();
        return new PageResponse<>(items, search.page(), search.size(), query.count());
    }

    /** Names a user (by preferred_username) a manager of the site: they run its activities. */
    @Transactional
    public boolean addManager(UUID siteId, String username) {
        Site site = access.managed(siteId);
        if (SiteManager.findById(new SiteManager.Key(site.id, username)) != null) {
            return false;
        }
        SiteManager manager = new SiteManager();
        manager.siteId = site.id;
        manager.username = username;
        manager.persist();
        return true;
    }

    @Transactional
    public void removeManager(UUID siteId, String username) {
        Site site = access.managed(siteId);
        if (!SiteManager.deleteById(new SiteManager.Key(site.id, username))) {
            throw ProblemException.notFound("站点负责人", username);
        }
    }

    @Transactional
    public List<String> managers(UUID siteId) {
        Site site = access.visible(siteId);
        return SiteManager.<SiteManager>list("siteId = ?1 order by username", site.id).stream()
                .map(manager -> manager.username).toList();
    }

    /** District coordinators update their district's sites; a new demonstration level is the usual reason. */
    @Transactional
    public SiteView update(UUID id, UpdateSiteRequest request) {
        Site site = access.managed(id);
        if ((request.latitude() == null) != (request.longitude() == null)) {
            String missing = request.latitude() == null ? "latitude" : "longitude";
            throw ProblemException.invalidField(missing, "经纬度须同时填写或同时留空");
        }
        site.address = request.address().trim();
        site.openingHours = request.openingHours().trim();
        site.featuredPractice = request.featuredPractice() == null || request.featuredPractice().isBlank()
                ? null : request.featuredPractice().trim();
        site.demonstrationLevel = request.demonstrationLevel();
        site.latitude = request.latitude();
        site.longitude = request.longitude();
        outbox.publish("site", site.id, SiteUpdated.TYPE, new SiteUpdated(site.id, site.name, site.districtCode,
                site.street, site.featuredPractice, site.demonstrationLevel.name(), site.latitude, site.longitude,
                OffsetDateTime.now(ZoneOffset.UTC)));
        return SiteView.of(site, District.names().get(site.districtCode));
    }
}

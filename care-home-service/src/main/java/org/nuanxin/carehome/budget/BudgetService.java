package org.nuanxin.carehome.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.activity.Activity;
import org.nuanxin.carehome.events.SpendRecorded;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Warm-heart funds: the city coordinator sets the city's line for a year and each site's share; the people who run a
 * site record what each activity cost, charged to the year (Xiamen time) the activity started in. Spending past a
 * line is recorded, not refused: the money is already gone, and the overview shows a negative remainder.
 */
@ApplicationScoped
public class BudgetService {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final SiteAccess access;
    private final Caller caller;
    private final Outbox outbox;

    BudgetService(SiteAccess access, Caller caller, Outbox outbox) {
        this.access = access;
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional
    public void setLine(int year, UUID siteId, SetBudgetRequest request) {
        if (!caller.hasRole(Roles.CITY_COORDINATOR)) {
            throw ProblemException.forbidden("只有市级协调员设定暖心专项经费");
        }
        if (siteId != null) {
            access.visible(siteId);
        }
        BudgetLine line = siteId == null ? BudgetLine.find("year = ?1 and siteId is null", year).firstResult()
                : BudgetLine.find("year = ?1 and siteId = ?2", year, siteId).firstResult();
        if (line == null) {
            line = new BudgetLine();
            line.id = UUID.randomUUID();
            line.year = year;
            line.siteId = siteId;
        }
        line.amount = Yuan.parse(request.amount());
        line.setBy = caller.username();
        line.setAt = OffsetDateTime.now(ZoneOffset.UTC);
        line.persist();
    }

    @Transactional
    public SpendView record(UUID activityId, RecordSpendRequest request) {
        Activity activity = Activity.findById(activityId);
        if (activity == null) {
            throw ProblemException.notFound("活动", activityId);
        }
        Site site = access.runs(activity.siteId);
        BigDecimal amount = Yuan.parse(request.amount());
        if (amount.signum() <= 0) {
            throw ProblemException.invalidField("amount", "金额须大于 0");
        }
        Spend spend = new Spend();
        spend.id = UUID.randomUUID();
        spend.activityId = activity.id;
        spend.siteId = site.id;
        spend.districtCode = site.districtCode;
        spend.year = activity.startsAt.atZoneSameInstant(CITY).getYear();
        spend.amount = amount;
        spend.purpose = request.purpose().trim();
        spend.recordedBy = caller.username();
        spend.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        spend.persist();
        outbox.publish("activity", activity.id, SpendRecorded.TYPE, new SpendRecorded(spend.id, activity.id,
                site.id, site.districtCode, spend.year, Yuan.format(amount), spend.purpose, spend.recordedAt));
        return SpendView.of(spend);
    }

    @Transactional
    public BudgetView year(int year) {
        String scope = access.scope().orElse(null);
        List<Site> sites = scope == null ? Site.list("order by districtCode, name")
                : Site.list("districtCode = ?1 order by name", scope);
        List<BudgetView.SiteLine> lines = sites.stream().map(site -> {
            BudgetLine line = BudgetLine.find("year = ?1 and siteId = ?2", year, site.id).firstResult();
            BigDecimal spent = spent("year = ?1 and siteId = ?2", year, site.id);
            return new BudgetView.SiteLine(site.id, site.name, site.districtCode,
                    line == null ? null : Yuan.format(line.amount), Yuan.format(spent),
                    line == null ? null : Yuan.format(line.amount.subtract(spent)));
        }).toList();
        BudgetLine city = BudgetLine.find("year = ?1 and siteId is null", year).firstResult();
        BigDecimal citySpent = scope == null ? spent("year = ?1", year) : spent("year = ?1 and districtCode = ?2",
                year, scope);
        // a district coordinator sees their district's spend, not the city's remainder
        boolean showCity = scope == null && city != null;
        return new BudgetView(year, showCity ? Yuan.format(city.amount) : null, Yuan.format(citySpent),
                showCity ? Yuan.format(city.amount.subtract(citySpent)) : null, lines);
    }

    @Transactional
    public List<SpendView> spendOf(UUID activityId) {
        Activity activity = Activity.findById(activityId);
        if (activity == null) {
            throw ProblemException.notFound("活动", activityId);
        }
        access.visible(activity.siteId);
        return Spend.<Spend>list("activityId = ?1 order by recordedAt", activityId).stream().map(SpendView::of)
                .toList();
    }

    private static BigDecimal spent(String where, Object... params) {
        return Spend.<Spend>list(where, params).stream().map(spend -> spend.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

package org.nuanxin.carehome.standards;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.nuanxin.carehome.site.Site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Measures every site again on a schedule, for what changes with the calendar alone: an agreement that ended
 * yesterday, a new month whose last full month had too few activities. Only a site that crosses the line publishes;
 * each site is measured in its own transaction under its row lock, skipped if another instance holds it.
 */
@ApplicationScoped
public class StandardsRecheck {

    private static final Logger LOG = Logger.getLogger(StandardsRecheck.class);

    private final ComplianceService compliance;

    StandardsRecheck(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Scheduled(identity = "site-standards-recheck", cron = "{nuanxin.standards-recheck.cron}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        List<UUID> changed = recheck(compliance.today());
        LOG.infof("site standards re-checked: %d sites crossed the line", changed.size());
    }

    /** @return the sites that crossed the line as of {@code day} */
    public List<UUID> recheck(LocalDate day) {
        List<UUID> sites = QuarkusTransaction.requiringNew().call(() -> Site.<Site>list("order by id").stream()
                .map(site -> site.id).toList());
        List<UUID> changed = new ArrayList<>();
        for (UUID site : sites) {
            try {
                if (compliance.recheck(site, day)) {
                    changed.add(site);
                }
            } catch (RuntimeException e) {
                // one site that cannot be measured now does not hold up the others; the next run tries it again
                LOG.warnf(e, "site %s could not be re-checked", site);
            }
        }
        return changed;
    }
}

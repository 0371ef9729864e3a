package org.nuanxin.insurance.renewal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;

/**
 * The renewal on a timetable, off unless {@code nuanxin.renewal.cron} is set (e.g. {@code 0 0 1 1 1 ?}: 01:00 on
 * 1 January, Xiamen time). It renews into the policy year current when it runs; a run that finds the year renewed
 * already does nothing, so a coordinator's manual run and the scheduled one do not clash.
 */
@ApplicationScoped
public class RenewalSchedule {

    private static final Logger LOG = Logger.getLogger(RenewalSchedule.class);

    private final RenewalService service;

    RenewalSchedule(RenewalService service) {
        this.service = service;
    }

    @Scheduled(identity = "yearly-renewal", cron = "{nuanxin.renewal.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewCurrentYear() {
        RenewalView run = service.renew(LocalDate.now(BenefitRulesService.POLICY_ZONE).getYear(), "scheduler");
        LOG.infof("yearly renewal %d: %d renewed, %d insured", run.year(), run.renewed(), run.insured());
    }
}

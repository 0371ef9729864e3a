package org.nuanxin.volunteer.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;

/**
 * Generates the demo data when {@code nuanxin.demo.enabled}: first the corps, teams and expert pool; then, once the
 * family directory has filled from family-service's events (its size unchanged over two further checks), a month of
 * tasks, hours, reports and two call campaigns. Each part runs once — in one transaction with its marker in
 * {@code demo_run}, and only while none of its rows exist — on the scheduler's thread, so it never delays
 * readiness; a failed part is retried. Demo work goes to demo members only, never to real ones.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PEOPLE = "people";
    static final String WORK = "work";
    /** family-service writes its demo registry in batches: the directory has settled when its size stays put this often. */
    private static final int SETTLED_AFTER_UNCHANGED_CHECKS = 2;

    private final DemoConfig config;
    private final DataSource dataSource;
    private final PiiCipher cipher;
    private final Outbox outbox;
    private volatile boolean finished;
    private int familiesLastTime = -1;
    private int unchangedChecks;

    DemoData(DemoConfig config, DataSource dataSource, PiiCipher cipher, Outbox outbox) {
        this.config = config;
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.outbox = outbox;
    }

    @Scheduled(every = "${nuanxin.demo.check-every}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void generateWhenReady() {
        if (!config.enabled() || finished) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().timeout(600).run(this::people);
            Boolean workDone = QuarkusTransaction.requiringNew().timeout(600).call(this::work);
            finished = workDone;
        } catch (RuntimeException e) {
            LOG.warnf(e, "demo data not generated yet; will try again");
        }
    }

    private void people() {
        try (Connection db = dataSource.getConnection()) {
            if (!claim(db, PEOPLE)) {
                return;
            }
            if (count(db, "SELECT count(*) FROM volunteer WHERE registered_by = 'demo'") > 0) {
                LOG.info("demo: demo people exist already");
                return;
            }
            long started = System.currentTimeMillis();
            boolean linkLogin = count(db, "SELECT count(*) FROM volunteer WHERE username = 'volunteer'") == 0;
            DemoPeople people = new DemoPeople(db, cipher, outbox, new Random(config.seed()));
            int volunteers = people.volunteers(config.volunteers(), linkLogin);
            people.teams();
            int experts = people.experts(config.experts());
            LOG.infof("demo: %d members, 12 teams, %d experts in %d ms", volunteers, experts,
                    System.currentTimeMillis() - started);
        } catch (SQLException e) {
            throw new IllegalStateException("demo people failed", e);
        }
    }

    /** @return true when the part is done (now or before), false to wait for more families */
    private boolean work() {
        try (Connection db = dataSource.getConnection()) {
            if (count(db, "SELECT count(*) FROM demo_run WHERE part = 'work'") > 0) {
                return true;
            }
            List<DemoWork.Family> families = DemoWork.activeFamilies(db);
            unchangedChecks = families.size() == familiesLastTime ? unchangedChecks + 1 : 0;
            familiesLastTime = families.size();
            if (families.isEmpty() || unchangedChecks < SETTLED_AFTER_UNCHANGED_CHECKS) {
                LOG.debugf("demo: waiting for the family directory to settle (%d families)", families.size());
                return false;
            }
            if (!claim(db, WORK)) {
                return true;
            }
            if (count(db, "SELECT count(*) FROM task WHERE created_by = 'demo'") > 0) {
                LOG.info("demo: demo tasks exist already");
                return true;
            }
            long started = System.currentTimeMillis();
            Random random = new Random(config.seed() + 1);
            List<DemoWork.Member> members = DemoWork.demoMembers(db);
            DemoWork.Member login = DemoWork.member(db, "volunteer");
            DemoWork work = new DemoWork(db, cipher, outbox, random);
            int tasks = work.tasks(families, DemoWork.byDistrict(members), login, config.tasksPerDay(), config.pastDays(),
                    config.futureDays());
            work.importedHours(members, login);
            work.campaigns(families);
            LOG.infof("demo: %d tasks over %d families, 2 call campaigns, %d events in %d ms", tasks, families.size(),
                    work.events(), System.currentTimeMillis() - started);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("demo work failed", e);
        }
    }

    /** Marks the part as generated, in the caller's transaction; false if another run already did. */
    private static boolean claim(Connection db, String part) throws SQLException {
        try (PreparedStatement marker = db.prepareStatement(
                "INSERT INTO demo_run (part, generated_at) VALUES (?, now()) ON CONFLICT DO NOTHING")) {
            marker.setString(1, part);
            return marker.executeUpdate() == 1;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package org.nuanxin.carehome.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.carehome.activity.Activity;
import org.nuanxin.carehome.activity.ActivityKind;
import org.nuanxin.carehome.activity.ActivityStatus;
import org.nuanxin.carehome.activity.VolunteerSignUp;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.standards.SiteCompliance;
import org.nuanxin.common.testing.RealInfrastructure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DemoSitesTest {

    @Inject
    DemoSites demo;

    @Test
    void shouldOpenTheTenSitesAcrossAllSixDistrictsWithAYearOfActivities() {
        List<UUID> ids = demo.generate(new Random(7), false);

        QuarkusTransaction.requiringNew().run(() -> {
            List<Site> sites = Site.list("id in ?1", ids);
            assertEquals(10, sites.size());
            Set<String> districts = sites.stream().map(site -> site.districtCode).collect(Collectors.toSet());
            assertEquals(Set.of("350203", "350206", "350211", "350205", "350212", "350213"), districts);

            OffsetDateTime yearAgo = OffsetDateTime.now().minusYears(1).minusDays(1);
            long lectures = Activity.count("siteId in ?1 and kind = ?2 and status = ?3 and startsAt >= ?4", ids,
                    ActivityKind.LECTURE, ActivityStatus.HELD, yearAgo);
            long clinics = Activity.count("siteId in ?1 and kind = ?2 and status = ?3 and startsAt >= ?4", ids,
                    ActivityKind.FREE_CLINIC, ActivityStatus.HELD, yearAgo);
            assertTrue(lectures >= 70 && lectures <= 140, "about a hundred lectures in the year: " + lectures);
            assertTrue(clinics >= 70 && clinics <= 140, "about a hundred clinics in the year: " + clinics);
            assertTrue(Activity.count("siteId in ?1 and kind = ?2 and mealsServed > 0", ids,
                    ActivityKind.CANTEEN_MEAL) > 500, "the two canteens serve every day but Sunday");
            assertTrue(Activity.count("siteId in ?1 and status = ?2", ids, ActivityStatus.SCHEDULED) > 0,
                    "the coming weeks are on the schedule");
            long signUps = VolunteerSignUp.count("username = ?1 and activityId in (select a.id from Activity a "
                    + "where a.siteId in ?2)", "volunteer", ids);
            assertTrue(signUps >= 1 && signUps <= 4, "the demo volunteer signed up to help: " + signUps);
            List<SiteCompliance> standings = SiteCompliance.list("siteId in ?1", ids);
            assertEquals(10, standings.size(), "every site measured");
            assertTrue(standings.stream().allMatch(standing -> standing.activities >= 2),
                    "every site held the monthly two activities last month");
        });
    }
}

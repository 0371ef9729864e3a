package org.nuanxin.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.nuanxin.common.testing.AbstractMassAssignmentTest;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.Set;

/** Mass assignment for every request body of this service's API: see {@link AbstractMassAssignmentTest}. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class MassAssignmentTest extends AbstractMassAssignmentTest {

    /** Left out of the before/after comparison: the supervision read models (fed by Kafka, not by the API). */
    MassAssignmentTest() {
        super(Set.of("district_families", "indicator_daily", "supervised_activity", "supervised_call_entry",
                "supervised_claim", "supervised_family", "supervised_follow_up", "supervised_hours",
                "supervised_insured", "supervised_premium_budget", "supervised_site", "supervised_site_family",
                "supervised_task", "supervised_visit", "supervised_volunteer"),
                // a responsibility target's district (a district coordinator's own only) and the person answerable
                // for it
                Set.of("POST /api/supervision/targets: districtCode", "POST /api/supervision/targets: owner",
                        "PUT /api/supervision/targets/{id}: districtCode", "PUT /api/supervision/targets/{id}: owner"));
    }
}

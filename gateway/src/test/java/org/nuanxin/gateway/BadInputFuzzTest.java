package org.nuanxin.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.nuanxin.common.testing.AbstractBadInputFuzzTest;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.Set;

/** Bad input for every operation of this service's API: see {@link AbstractBadInputFuzzTest}. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class BadInputFuzzTest extends AbstractBadInputFuzzTest {

    /** Left out of the before/after comparison: the supervision read models (fed by Kafka, not by the API). */
    BadInputFuzzTest() {
        super(Set.of("district_families", "indicator_daily", "supervised_activity", "supervised_call_entry",
                "supervised_claim", "supervised_family", "supervised_follow_up", "supervised_hours",
                "supervised_insured", "supervised_premium_budget", "supervised_site", "supervised_site_family",
                "supervised_task", "supervised_visit", "supervised_volunteer"));
    }
}

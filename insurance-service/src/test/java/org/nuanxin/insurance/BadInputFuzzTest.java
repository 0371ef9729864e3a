package org.nuanxin.insurance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.nuanxin.common.testing.AbstractBadInputFuzzTest;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.Set;

/** Bad input for every operation of this service's API: see {@link AbstractBadInputFuzzTest}. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class BadInputFuzzTest extends AbstractBadInputFuzzTest {

    /**
     * Tables left out of the before/after comparison: the claim read audit, and the insured families (fed by
     * family-service's events).
     */
    BadInputFuzzTest() {
        super(Set.of("claim_read_audit", "insured_family", "family_member_ref"));
    }
}

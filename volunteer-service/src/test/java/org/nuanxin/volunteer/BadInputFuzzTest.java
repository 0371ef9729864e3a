package org.nuanxin.volunteer;

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
     * Tables left out of the before/after comparison: the family directory (fed by family-service's events) and the
     * demo runs.
     */
    BadInputFuzzTest() {
        super(Set.of("family_directory", "demo_run"));
    }
}

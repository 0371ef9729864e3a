package org.nuanxin.carehome;

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
     * Tables left out of the before/after comparison: the family and volunteer directories (fed by the other
     * services' events).
     */
    BadInputFuzzTest() {
        super(Set.of("directory_family", "directory_volunteer"));
    }
}

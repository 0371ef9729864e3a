package org.nuanxin.family;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.nuanxin.common.testing.AbstractMassAssignmentTest;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.Set;

/** Mass assignment for every request body of this service's API: see {@link AbstractMassAssignmentTest}. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class MassAssignmentTest extends AbstractMassAssignmentTest {

    /**
     * Tables left out of the before/after comparison: the read audit and the volunteers' task grants (fed by
     * volunteer-service's events).
     */
    MassAssignmentTest() {
        super(Set.of("access_audit", "volunteer_task_grant"),
                // the district a family is registered in (a district coordinator's own only: FamilyResourceTest), and
                // the kind of closure a coordinator chooses (moved away, closed, deceased household)
                Set.of("POST /api/families: districtCode", "POST /api/families/{id}/closure: status"));
    }
}

package org.nuanxin.volunteer;

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
     * Tables left out of the before/after comparison: the family directory (fed by family-service's events) and the
     * demo runs.
     */
    MassAssignmentTest() {
        super(Set.of("family_directory", "demo_run"),
                // version: optimistic locking (a stale one is a 409); volunteerId and familyId: whom the request is
                // about, checked against the caller's district (and a volunteer's own record); districtCode: a
                // district coordinator's own only; status: the transition a coordinator asks for, checked against the
                // allowed ones
                Set.of("POST /api/campaigns: districtCode", "POST /api/service-hours/corrections/{id}/decision: version",
                        "POST /api/service-hours/corrections: volunteerId", "POST /api/tasks/{id}/assignment: version",
                        "POST /api/tasks/{id}/assignment: volunteerId", "POST /api/tasks/{id}/cancel: version",
                        "POST /api/tasks/{id}/decline: version", "POST /api/tasks: familyId", "POST /api/teams: districtCode",
                        "POST /api/volunteers/{id}/status: status", "POST /api/volunteers: districtCode"));
    }
}

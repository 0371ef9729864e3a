package org.nuanxin.carehome;

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
     * Tables left out of the before/after comparison: the family and volunteer directories (fed by the other
     * services' events).
     */
    MassAssignmentTest() {
        super(Set.of("directory_family", "directory_volunteer"),
                // the family who attended or gave feedback (one of the site's own), and the district a new site is in
                // (a district coordinator's own only)
                Set.of("POST /api/activities/{id}/attendance: familyId", "POST /api/activities/{id}/feedback: familyId",
                        "POST /api/sites: districtCode"));
    }
}

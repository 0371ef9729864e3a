package org.nuanxin.insurance;

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
     * Tables left out of the before/after comparison: the claim read audit, and the insured families (fed by
     * family-service's events).
     */
    MassAssignmentTest() {
        super(Set.of("claim_read_audit", "insured_family", "family_member_ref"),
                // the family a person is enrolled with (in the caller's area), and the hospital a payment batch is
                // for (a coordinator's choice; hospitals never call it)
                Set.of("POST /api/enrolments: familyId", "POST /api/payment-batches: hospitalId"));
    }
}

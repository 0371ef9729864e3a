package org.nuanxin.family;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.DatabaseFingerprint;
import org.nuanxin.common.testing.MassAssignment;
import org.nuanxin.common.testing.OpenApiFuzz;
import org.nuanxin.common.testing.RealInfrastructure;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No client sets what is the service's to set: every request body of the document, sent with an id, a status, a
 * version, an amount, a district or any other field the request does not define, is refused with a 400 naming
 * that field, and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class MassAssignmentTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldRefuseEveryFieldARequestDoesNotDefine() {
        List<String> failures = MassAssignment.failures(OpenApiFuzz.Callers.demo(), this::database);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void shouldAcceptOnlyTheDeclaredPrivilegedLookingFields() {
        // the district a family is registered in (a district coordinator's own only: FamilyResourceTest), and the
        // kind of closure a coordinator chooses (moved away, closed, deceased household)
        assertEquals(Set.of("POST /api/families: districtCode", "POST /api/families/{id}/closure: status"),
                MassAssignment.privilegedFieldsDefined());
    }

    private Map<String, String> database() {
        return DatabaseFingerprint.of(dataSource, Set.of("access_audit", "volunteer_task_grant"));
    }
}

package org.nuanxin.volunteer;

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
        // version: optimistic locking (a stale one is a 409); volunteerId and familyId: whom the request is about,
        // checked against the caller's district (and a volunteer's own record); districtCode: a district coordinator's
        // own only; status: the transition a coordinator asks for, checked against the allowed ones
        assertEquals(Set.of("POST /api/campaigns: districtCode", "POST /api/service-hours/corrections/{id}/decision: version",
                        "POST /api/service-hours/corrections: volunteerId", "POST /api/tasks/{id}/assignment: version",
                        "POST /api/tasks/{id}/assignment: volunteerId", "POST /api/tasks/{id}/cancel: version",
                        "POST /api/tasks/{id}/decline: version", "POST /api/tasks: familyId", "POST /api/teams: districtCode",
                        "POST /api/volunteers/{id}/status: status", "POST /api/volunteers: districtCode"),
                MassAssignment.privilegedFieldsDefined());
    }

    private Map<String, String> database() {
        return DatabaseFingerprint.of(dataSource, Set.of("family_directory", "demo_run"));
    }
}

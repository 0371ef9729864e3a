package org.nuanxin.carehome;

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
        // the family who attended or gave feedback (one of the site's own), and the district a new site is in (a
        // district coordinator's own only)
        assertEquals(Set.of("POST /api/activities/{id}/attendance: familyId", "POST /api/activities/{id}/feedback: familyId",
                        "POST /api/sites: districtCode"),
                MassAssignment.privilegedFieldsDefined());
    }

    private Map<String, String> database() {
        return DatabaseFingerprint.of(dataSource, Set.of("directory_family", "directory_volunteer"));
    }
}

package org.nuanxin.common.testing;

import io.quarkus.arc.Arc;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No client sets what is the service's to set: every request body of the service's document, sent with an id, a
 * status, a version, an amount, a district or any other field the request does not define, is refused with a 400
 * naming that field, and nothing is written (see {@link MassAssignment}).
 *
 * <p>A service's {@code MassAssignmentTest} extends this as a {@code @QuarkusTest} on {@link RealInfrastructure},
 * names the tables that change on their own, and lists the privileged-looking fields its requests do define, each
 * with the rule that checks it — so that a new one is a decision, not an accident.
 */
public abstract class AbstractMassAssignmentTest {

    private final Set<String> tablesChangingOnTheirOwn;
    private final Set<String> privilegedFieldsDefined;

    /**
     * @param privilegedFieldsDefined "METHOD /path: field" for each privileged-looking field a request defines on
     *                                purpose
     */
    protected AbstractMassAssignmentTest(Set<String> tablesChangingOnTheirOwn, Set<String> privilegedFieldsDefined) {
        this.tablesChangingOnTheirOwn = Set.copyOf(tablesChangingOnTheirOwn);
        this.privilegedFieldsDefined = new TreeSet<>(privilegedFieldsDefined);
    }

    @Test
    void shouldRefuseEveryFieldARequestDoesNotDefine() {
        List<String> failures = MassAssignment.failures(OpenApiFuzz.Callers.demo(), this::database);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void shouldAcceptOnlyTheDeclaredPrivilegedLookingFields() {
        assertEquals(privilegedFieldsDefined, MassAssignment.privilegedFieldsDefined());
    }

    private Map<String, String> database() {
        return DatabaseFingerprint.of(Arc.container().instance(DataSource.class).get(), tablesChangingOnTheirOwn);
    }
}

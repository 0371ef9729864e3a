package org.nuanxin.common.testing;

import io.quarkus.arc.Arc;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, generated with jqwik for every operation of the service's own OpenAPI document (see {@link OpenApiFuzz}):
 * wrong types, strings beyond their limits, hostile and broken text, numbers out of range, malformed JSON, wrong
 * content types, broken parameters. Each request, sent by a role allowed to call the operation, must be refused with
 * a 4xx problem+json naming what is wrong, and must leave the database as it was.
 *
 * <p>A service's {@code BadInputFuzzTest} extends this as a {@code @QuarkusTest} on {@link RealInfrastructure} and
 * names the tables that change on their own (audit trails, read models fed by Kafka).
 */
public abstract class AbstractBadInputFuzzTest {

    /** Tries per kind of bad input per operation; the failure names the seed to repeat it (-Dnuanxin.fuzz.seed). */
    private static final int TRIES = 6;

    private final Set<String> tablesChangingOnTheirOwn;

    protected AbstractBadInputFuzzTest(Set<String> tablesChangingOnTheirOwn) {
        this.tablesChangingOnTheirOwn = Set.copyOf(tablesChangingOnTheirOwn);
    }

    @Test
    void shouldRefuseEveryBadRequestWithAProblemAndChangeNothing() {
        List<String> failures = OpenApiFuzz.fuzzEveryOperation(OpenApiFuzz.Callers.demo(), TRIES, this::database);
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    private Map<String, String> database() {
        return DatabaseFingerprint.of(Arc.container().instance(DataSource.class).get(), tablesChangingOnTheirOwn);
    }
}

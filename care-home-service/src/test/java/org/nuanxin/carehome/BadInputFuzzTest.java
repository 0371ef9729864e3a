package org.nuanxin.carehome;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.DatabaseFingerprint;
import org.nuanxin.common.testing.OpenApiFuzz;
import org.nuanxin.common.testing.RealInfrastructure;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, generated with jqwik for every operation of this service's own OpenAPI document (see
 * {@link OpenApiFuzz}): wrong types, strings beyond their limits, hostile and broken text, numbers out of range,
 * malformed JSON, wrong content types, broken parameters. Each request, sent by a role allowed to call the
 * operation, must be refused with a 4xx problem+json naming what is wrong, and must leave the database as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class BadInputFuzzTest {

    /** Tries per kind of bad input per operation; the failure names the seed to repeat it (-Dnuanxin.fuzz.seed). */
    private static final int TRIES = 6;

    @Inject
    DataSource dataSource;

    @Test
    void shouldRefuseEveryBadRequestWithAProblemAndChangeNothing() {
        List<String> failures = OpenApiFuzz.fuzzEveryOperation(OpenApiFuzz.Callers.demo(), TRIES, this::database);
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    /** The service's tables; the family and volunteer directories are fed by the other services' events. */
    private Map<String, String> database() {
        return DatabaseFingerprint.of(dataSource, Set.of("directory_family", "directory_volunteer"));
    }
}

package org.nuanxin.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.OpenApiContract;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's own API (supervision, alerts, targets, indicators) is documented like every service's: a summary,
 * a 401 (but for the two public operations), each error response as problem+json with an example, and an example or
 * allowed values for every field a client sends ({@link OpenApiContract}).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void shouldDescribeEveryOperationWithItsErrorsAndExampleBodies() {
        JsonPath document = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(document) >= 15,
                "the gateway API has " + OpenApiContract.operations(document) + " operations");
        assertEquals(List.of(), OpenApiContract.faults(document, true, Set.of("GET /api/config", "GET /api/openapi")));
    }
}

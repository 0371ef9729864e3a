package org.nuanxin.carehome;

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
 * Every endpoint is documented: a summary, the 401 every one of them can answer, and every error response as
 * problem+json with an example (supplied by common's filter, not repeated on each annotation): {@link OpenApiContract}.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void shouldDocumentEveryOperationWithASummaryAndProblemJsonErrorResponses() {
        JsonPath document = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(document) > 20,
                "the care-home-service API has " + OpenApiContract.operations(document) + " operations");
        assertEquals(List.of(), OpenApiContract.faults(document, false, Set.of()));
    }
}

package org.nuanxin.insurance;

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
 * The API document hospitals integrate against: each operation has a summary, a success and a 401, every error
 * response is problem+json with an example body (the resources declare only status and description; the shared
 * filter adds the rest), and the FHIR form of the claims API is declared with its media type.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    private static final String FHIR = "application/fhir+json";

    @Test
    void shouldDescribeEveryOperationWithItsErrorsAsProblems() {
        JsonPath document = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(document) >= 16,
                "the insurance-service API has " + OpenApiContract.operations(document) + " operations");
        assertEquals(List.of(), OpenApiContract.faults(document, false, Set.of()));
    }

    @Test
    void shouldDeclareTheFhirFormOfTheClaimsApi() {
        JsonPath document = OpenApiContract.document();
        assertTrue(document.getMap("paths.'/api/claims'.post.requestBody.content").containsKey(FHIR));
        assertTrue(document.getMap("paths.'/api/claims'.post.requestBody.content").containsKey("application/json"));
        assertTrue(document.getMap("paths.'/api/claims/{id}'.get.responses.'200'.content").containsKey(FHIR));
        assertTrue(document.getMap("paths.'/api/renewals/{year}'.post.responses").containsKey("200"));
        assertTrue(document.getMap("paths.'/api/premium-budgets/{year}/totals'.get.responses").containsKey("200"));
    }
}

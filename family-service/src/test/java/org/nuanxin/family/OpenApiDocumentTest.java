package org.nuanxin.family;

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
 * The published API document is the contract partner systems build against: every operation says what it does,
 * how it fails (each error response as problem+json with an example body) and shows example values for every
 * field a client sends.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void shouldDescribeEveryOperationWithItsErrorsAndExampleBodies() {
        JsonPath document = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(document) >= 25,
                "the family-service API has " + OpenApiContract.operations(document) + " operations");
        assertEquals(List.of(), OpenApiContract.faults(document, true, Set.of()));
    }

    @Test
    void shouldShowTheProblemAClientGetsForAnInvalidRegistration() {
        JsonPath document = OpenApiContract.document();
        String example = "paths.'/api/families'.post.responses.'400'.content.'application/problem+json'.examples.'400'.value";
        assertEquals(400, document.getInt(example + ".status"));
        assertEquals("members[0].idNumber", document.getString(example + ".violations[0].field"));
    }
}

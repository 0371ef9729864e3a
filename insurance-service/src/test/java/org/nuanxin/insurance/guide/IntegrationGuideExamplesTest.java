package org.nuanxin.insurance.guide;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.enrolment.Insured;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request bodies of the README's hospital integration guide, sent as they are written there (only the example
 * identity number is swapped for one enrolled by the test), with a real hospital token: the guide's examples work
 * and its sample answers are what the service says.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class IntegrationGuideExamplesTest {

    private static final String EXAMPLE_ID_NUMBER = "350203195803150022";

    /** The body of the curl {@code -d '{ … }'} that follows {@code heading} in the README. */
    private static String curlBody(String heading) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf(heading);
        int start = readme.indexOf("-d '{", section) + "-d '".length();
        int end = readme.indexOf("\n}'", start) + 2;
        return readme.substring(start, end);
    }

    private static String xianyue() {
        return Tokens.ofHospital("hospital-xianyue", "xianyue-secret");
    }

    @Test
    void shouldUseAnIdentityNumberInTheGuideThatIsValid() throws IOException {
        // an invalid one would make every example answer "unknown patient" against the running system
        assertTrue(ResidentIdNumber.isValid(EXAMPLE_ID_NUMBER));
        assertTrue(Files.readString(Path.of("README.md")).contains(EXAMPLE_ID_NUMBER));
    }

    @Test
    void shouldAdjudicateTheGuidesJsonClaimAsItsSampleAnswerSays() throws IOException {
        Insured.Person person = Insured.enrol("2024-01-01");
        String body = curlBody("### Submit a claim").replace(EXAMPLE_ID_NUMBER, person.identityNumber());
        given().auth().oauth2(xianyue()).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/claims")
                .then().statusCode(201)
                .body("status", equalTo("PARTIALLY_APPROVED"))
                .body("claimedAmount", equalTo("1830.50"))
                .body("eligibleAmount", equalTo("4680.50"))
                .body("medicalBenefit", equalTo("1680.50"))
                .body("nursingAllowance", equalTo("3000.00"))
                .body("benefitAmount", equalTo("4680.50"))
                .body("items.rule", contains("ELIGIBLE", "ELIGIBLE", "NOT_COVERED_NON_MEDICAL"));
    }

    @Test
    void shouldAdjudicateTheGuidesFhirClaimAsItsSampleClaimResponseSays() throws IOException {
        Insured.Person person = Insured.enrol("2024-01-01");
        String body = curlBody("### Submit the same claim as HL7 FHIR R4").replace(EXAMPLE_ID_NUMBER, person.identityNumber());
        String answer = given().auth().oauth2(xianyue()).contentType("application/fhir+json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/claims")
                .then().statusCode(201).extract().asString();
        ClaimResponse response = FhirContext.forR4Cached().newJsonParser().parseResource(ClaimResponse.class, answer);
        assertEquals(ClaimResponse.RemittanceOutcome.COMPLETE, response.getOutcome());
        assertEquals("PARTIALLY_APPROVED：部分给付，申报 1830.50 元，给付 4680.50 元（医疗补助 1680.50 元，护理补贴 3000.00 元）",
                response.getDisposition());
        ClaimResponse.ItemComponent meal = response.getItem().get(2);
        assertEquals(3, meal.getItemSequence());
        assertEquals("NOT_COVERED_NON_MEDICAL", meal.getAdjudication().get(2).getReason().getCodingFirstRep().getCode());
        assertEquals(new BigDecimal("0.00"), meal.getAdjudication().get(2).getAmount().getValue());
        assertEquals(new BigDecimal("3000.00"), response.getAddItemFirstRep().getNet().getValue());
        assertEquals("2025 年度住院 10 天，给付 10 天护理补贴 3000.00 元", response.getProcessNote().get(3).getText());
    }

    @Test
    void shouldAnswerTheGuidesGreenChannelCheck() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Is the patient entitled to the green channel?");
        int start = readme.indexOf("-d '", section) + "-d '".length();
        String body = readme.substring(start, readme.indexOf("'", start));
        given().auth().oauth2(xianyue()).contentType("application/json")
                .body(body.replace(EXAMPLE_ID_NUMBER, Insured.newIdentityNumber()))
                .when().post("/api/green-channel/checks")
                .then().statusCode(200).body("entitled", equalTo(false));
    }
}

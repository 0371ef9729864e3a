package org.nuanxin.insurance.fhir;

import org.hl7.fhir.r4.model.Claim;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strict parsing: what HAPI finds wrong in a FHIR Claim is a 400 naming the element, never ignored. */
class FhirJsonTest {

    private static final FhirJson FHIR = new FhirJson();

    private static ProblemException problemWith(String body) {
        ProblemException problem = assertThrows(ProblemException.class, () -> FHIR.parseClaim(body));
        assertEquals(400, problem.status());
        return problem;
    }

    private static String fieldOf(String body) {
        return problemWith(body).violations().get(0).field();
    }

    @Test
    void shouldNameAnElementR4DoesNotDefineForAClaim() {
        assertEquals("amountTotal", fieldOf("{\"resourceType\":\"Claim\",\"amountTotal\":5}"));
        assertEquals("colour", fieldOf("{\"resourceType\":\"Claim\",\"item\":[{\"sequence\":1,\"colour\":\"red\"}]}"));
    }

    @Test
    void shouldNameTheElementHoldingAnInvalidValueAndQuoteIt() {
        ProblemException status = problemWith("{\"resourceType\":\"Claim\",\"status\":\"bogus\"}");
        assertEquals("status", status.violations().get(0).field());
        assertTrue(status.violations().get(0).message().contains("bogus"), status.getMessage());
        assertEquals("start", fieldOf("{\"resourceType\":\"Claim\",\"billablePeriod\":{\"start\":\"2025-13-45\"}}"));
        assertEquals("value", fieldOf("{\"resourceType\":\"Claim\",\"item\":[{\"sequence\":1,\"net\":{\"value\":\"abc\"}}]}"));
    }

    @Test
    void shouldRefuseSomethingThatIsNotAFhirClaim() {
        assertEquals("Claim", fieldOf(""));
        assertEquals("Claim", fieldOf("[]"));
        assertEquals("Claim", fieldOf("{\"resourceType\": \"Claim\", "));
        assertEquals("resourceType", fieldOf("{\"resourceType\":\"Patient\"}"));
    }

    @Test
    void shouldReadAClaimWithNothingButItsType() {
        assertEquals("Claim", FHIR.parseClaim("{\"resourceType\":\"Claim\"}").fhirType());
    }

    @Test
    void shouldWriteWhatItReadsBack() {
        Claim claim = FhirClaims.item(FhirClaims.inpatient(FhirCodes.RESIDENT_ID, "350203195803150022"),
                "MEDICINE", "X", "药", "1280.50");
        Claim again = FHIR.parseClaim(FHIR.encode(claim));
        assertEquals(new java.math.BigDecimal("1280.50"), again.getItemFirstRep().getNet().getValue());
        assertEquals("2025-03-02", again.getBillablePeriod().getStartElement().getValueAsString());
    }
}

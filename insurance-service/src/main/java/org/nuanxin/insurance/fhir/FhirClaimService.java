package org.nuanxin.insurance.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.insurance.claim.ClaimService;
import org.nuanxin.insurance.claim.ClaimView;
import org.nuanxin.insurance.claim.SubmitClaimRequest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The FHIR face of the claims API. A FHIR Claim is read into the JSON API's request and handed to the same
 * {@link ClaimService}: the same validation, Idempotency-Key, adjudication and events. Only the problems are
 * translated, to name the FHIR path the hospital sent.
 */
@ApplicationScoped
public class FhirClaimService {

    private final FhirJson fhir;
    private final ClaimService claims;
    private final Validator validator;
    private final ObjectMapper mapper;

    FhirClaimService(FhirJson fhir, ClaimService claims, Validator validator, ObjectMapper mapper) {
        this.fhir = fhir;
        this.claims = claims;
        this.validator = validator;
        this.mapper = mapper;
    }

    /** The status and the ClaimResponse for a submitted FHIR Claim; a retry gets the response of the first. */
    public ClaimService.Answer submit(String idempotencyKey, String body) {
        FhirClaimMapper.Mapped mapped = FhirClaimMapper.map(fhir.parseClaim(body));
        List<Problem.Violation> violations = validator.validate(mapped.request()).stream()
                .map(violation -> new Problem.Violation(mapped.fhirPath(field(violation)), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "validation", "请求参数无效", detail(violations), violations);
        }
        ClaimService.Answer answer;
        try {
            answer = claims.submit(idempotencyKey, mapped.request());
        } catch (ProblemException e) {
            throw translated(e, mapped);
        }
        return new ClaimService.Answer(answer.status(), fhir.encode(FhirClaimResponseMapper.map(read(answer.body()))));
    }

    public String get(UUID id) {
        return fhir.encode(FhirClaimResponseMapper.map(claims.get(id)));
    }

    /** {@code items[0].amount} from a bean-validation path; container elements add no name of their own. */
    private static String field(ConstraintViolation<SubmitClaimRequest> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
    }

    private static ProblemException translated(ProblemException e, FhirClaimMapper.Mapped mapped) {
        if (e.violations() == null || e.violations().isEmpty()) {
            return e;
        }
        List<Problem.Violation> violations = e.violations().stream()
                .map(v -> new Problem.Violation(mapped.fhirPath(v.field()), v.message())).toList();
        return new ProblemException(e.status(), e.type(), e.title(), detail(violations), violations);
    }

    private static String detail(List<Problem.Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private ClaimView read(String body) {
        try {
            return mapper.readValue(body, ClaimView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored claim answer is unreadable", e);
        }
    }
}

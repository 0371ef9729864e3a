package org.nuanxin.insurance.claim;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.nuanxin.common.problem.ProblemException;

import java.util.Optional;

/** The partner hospital a client-credentials token speaks for: its {@code hospital_id} claim. */
@RequestScoped
public class HospitalCaller {

    private final JsonWebToken token;

    HospitalCaller(JsonWebToken token) {
        this.token = token;
    }

    /** Empty for coordinators and auditors. */
    public Optional<String> hospitalId() {
        Object claim = token.getClaim("hospital_id");
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }

    public String requireHospitalId() {
        return hospitalId().orElseThrow(() -> ProblemException.forbidden("令牌中没有 hospital_id，无法代表医院提交理赔"));
    }
}

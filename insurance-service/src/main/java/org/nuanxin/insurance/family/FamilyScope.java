package org.nuanxin.insurance.family;

import jakarta.enterprise.context.RequestScoped;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * The families a coordinator may reach in the insurance: a district coordinator those family-service reported in
 * their district, everyone else (city coordinator, auditor, partner hospitals) is not bound to a district here.
 * A person or claim of a family outside the caller's district, or of a family whose district is not yet known, is
 * reported as absent (404), never as forbidden, so that its existence does not leak.
 */
@RequestScoped
public class FamilyScope {

    private final Caller caller;

    FamilyScope(Caller caller) {
        this.caller = caller;
    }

    /** The district a district coordinator is bound to; empty for every caller who is not. */
    public Optional<String> district() {
        if (caller.hasRole(Roles.DISTRICT_COORDINATOR) && !caller.isCityWide()) {
            return caller.district();
        }
        return Optional.empty();
    }

    public boolean mayReach(UUID familyId) {
        Optional<String> district = district();
        if (district.isEmpty()) {
            return true;
        }
        InsuredFamily family = familyId == null ? null : InsuredFamily.findById(familyId);
        return family != null && district.get().equals(family.districtCode);
    }

    /** 404 naming the family when the caller may not reach it. */
    public void requireFamily(UUID familyId) {
        if (!mayReach(familyId)) {
            throw ProblemException.notFound("家庭", familyId);
        }
    }

    /** The JPQL condition restricting a person id to the caller's district, with ?{@code parameter} its value. */
    public static String personInDistrict(String personIdPath, int parameter) {
        return personIdPath + " in (select p.id from InsuredPerson p, InsuredFamily f"
                + " where f.familyId = p.familyId and f.districtCode = ?" + parameter + ")";
    }
}

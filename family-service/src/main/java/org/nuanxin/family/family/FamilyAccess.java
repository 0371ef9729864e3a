package org.nuanxin.family.family;

import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;

import java.util.UUID;

/**
 * Loads a family for the caller. A family outside the caller's area is reported as absent (404), never as
 * forbidden, so its existence does not leak; a closed family takes no more changes (409).
 */
@ApplicationScoped
public class FamilyAccess {

    private final Caller caller;

    FamilyAccess(Caller caller) {
        this.caller = caller;
    }

    public Family inScope(UUID id) {
        Family family = Family.findById(id);
        if (family == null || !caller.mayAccessDistrict(family.districtCode)) {
            throw ProblemException.notFound("家庭", id);
        }
        return family;
    }

    public Family activeInScope(UUID id) {
        Family family = inScope(id);
        if (family.status != FamilyStatus.ACTIVE) {
            throw ProblemException.conflict("家庭档案已结案（" + family.status + "），不能再修改");
        }
        return family;
    }
}

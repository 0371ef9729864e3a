package org.nuanxin.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling: user name, roles and, for a district coordinator, the district (GB/T 2260 code) from the
 * token's {@code district} claim. Coordinators at each level see their own area only.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username");
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Works with families: a city or district coordinator (auditors only read, volunteers only their tasks). */
    public boolean isCoordinator() {
        return identity.hasRole(Roles.CITY_COORDINATOR) || identity.hasRole(Roles.DISTRICT_COORDINATOR);
    }

    /** Sees every district: city coordinators and auditors. */
    public boolean isCityWide() {
        return identity.hasRole(Roles.CITY_COORDINATOR) || identity.hasRole(Roles.AUDITOR);
    }

    /** The district a district-level caller is bound to; empty for city-wide callers. */
    public Optional<String> district() {
        if (isCityWide()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object district = jwt.getClaim("district");
            if (district != null) {
                return Optional.of(district.toString());
            }
        }
        return Optional.of("");
    }

    public boolean mayAccessDistrict(String districtCode) {
        return isCityWide() || district().map(districtCode::equals).orElse(false);
    }
}

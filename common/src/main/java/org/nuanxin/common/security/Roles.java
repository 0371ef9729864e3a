package org.nuanxin.common.security;

/** The realm roles of Keycloak's nuanxin realm. */
public final class Roles {

    public static final String CITY_COORDINATOR = "city-coordinator";
    public static final String DISTRICT_COORDINATOR = "district-coordinator";
    public static final String VOLUNTEER = "volunteer";
    public static final String HOSPITAL = "hospital";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}

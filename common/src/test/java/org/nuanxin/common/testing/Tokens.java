package org.nuanxin.common.testing;

import io.restassured.RestAssured;

/** Real access tokens from the test Keycloak for the demo users and partner hospitals of the realm. */
public final class Tokens {

    public static final String PASSWORD = "nuanxin";

    private Tokens() {
    }

    /** Password grant through the {@code nuanxin-cli} client, e.g. {@code Tokens.of("city")}. */
    public static String of(String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "nuanxin-cli")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Client-credentials grant of a partner hospital, e.g. {@code Tokens.ofHospital("hospital-xianyue", "xianyue-secret")}. */
    public static String ofHospital(String clientId, String secret) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String tokenEndpoint() {
        return RealInfrastructure.shared().endpoints().oidcUrl() + "/protocol/openid-connect/token";
    }
}

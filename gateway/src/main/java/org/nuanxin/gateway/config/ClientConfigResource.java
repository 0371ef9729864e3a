package org.nuanxin.gateway.config;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the SPA needs before its user has logged in: where to log in. */
@Path("/api/config")
@Tag(name = "config")
public class ClientConfigResource {

    public record ClientConfig(String oidcAuthority, String oidcClientId) {
    }

    private final ClientConfig config;

    ClientConfigResource(@ConfigProperty(name = "nuanxin.public-oidc-url") String authority,
                         @ConfigProperty(name = "nuanxin.spa-client-id") String clientId) {
        this.config = new ClientConfig(authority, clientId);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The SPA's login settings (public)")
    @APIResponse(responseCode = "200", description = "OIDC authority and client id")
    public ClientConfig get() {
        return config;
    }
}

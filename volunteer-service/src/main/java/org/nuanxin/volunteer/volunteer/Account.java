package org.nuanxin.volunteer.volunteer;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Links a member to a Keycloak account (its preferred_username), or unlinks with {@code null}. */
@Schema(name = "Account")
public record Account(
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) @Schema(example = "linmeiling", nullable = true)
        String username) {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,99}";
    static final String USERNAME_MESSAGE = "账号为 2–100 位小写字母、数字或 . _ -";
}

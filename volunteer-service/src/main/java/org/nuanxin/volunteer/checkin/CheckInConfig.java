package org.nuanxin.volunteer.checkin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How check-ins on tasks are verified and when they are allowed. */
@ConfigMapping(prefix = "nuanxin.check-in")
public interface CheckInConfig {

    /** A position this close to the task's place verifies a check-in. */
    @WithDefault("200")
    int radiusMetres();

    /** A family's or site's code changes this often (the time step of the TOTP-like code). */
    @WithDefault("PT5M")
    Duration codeRotation();

    /**
     * How long after it was shown a code is still accepted: the current step and as many earlier ones as fit, so
     * a code read at the door just before it rotated still works.
     */
    @WithDefault("PT10M")
    Duration codeValidity();

    /** Digits of the short code. */
    @WithDefault("6")
    int codeDigits();

    /** Used for a task created without its own verification. */
    @WithDefault("CODE_OR_POSITION")
    Verification defaultVerification();

    /** A volunteer may check in from this long before the window opens… */
    @WithDefault("PT30M")
    Duration earliestBeforeStart();

    /** …until the window closes. Hours of one check-in pair are capped at this. */
    @WithDefault("PT12H")
    Duration maxCreditedPerTask();
}

package org.nuanxin.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code nuanxin.proxy.*}: how long the gateway waits for a service before answering the caller with a problem. */
@ConfigMapping(prefix = "nuanxin.proxy")
public interface ProxyTimeouts {

    /** How long to wait for a connection to a service. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * How long a service may send nothing back (or a caller's upload may stall) before the request to it is reset
     * and its connection returned to the pool.
     */
    @WithDefault("60s")
    Duration idleTimeout();
}

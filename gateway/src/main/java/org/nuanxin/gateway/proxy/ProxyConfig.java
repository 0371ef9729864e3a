package org.nuanxin.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * {@code nuanxin.proxy.*}: how long the gateway waits for a service, and how many requests it forwards at once,
 * before it answers the caller with a problem instead.
 */
@ConfigMapping(prefix = "nuanxin.proxy")
public interface ProxyConfig {

    /** How long to wait for a connection to a service. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * How long a service may send nothing back (or a caller's upload may stall) before the request to it is reset
     * and its connection returned to the pool.
     */
    @WithDefault("60s")
    Duration idleTimeout();

    /**
     * Requests being forwarded at once, to all services together; the next one is answered {@code 503} at once.
     * Every waiting request holds its body and its caller's connection in the heap, so this bounds what overload
     * can take: 512 is all four services' connections busy ({@link #maxConnections()} each) and as many waiting.
     */
    @WithDefault("512")
    int maxInFlight();

    /** Connections to each service. */
    @WithDefault("64")
    int maxConnections();

    /**
     * Requests waiting for a connection to one service, beyond which that service's requests are answered
     * {@code 503}: a service that has gone slow cannot take the whole of {@link #maxInFlight()} from the others.
     */
    @WithDefault("256")
    int maxWaitingPerService();
}

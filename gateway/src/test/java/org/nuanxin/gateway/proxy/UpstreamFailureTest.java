package org.nuanxin.gateway.proxy;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service that went silent (504) is told from one that could not be reached or broke off (502) by type alone. */
class UpstreamFailureTest {

    @Test
    void shouldTakeTheRequestsIdleTimeoutForSilence() {
        assertTrue(ServiceRoutes.isTimeout(new NoStackTraceTimeoutException(
                "The timeout period of 2000ms has been exceeded while executing POST /api/silent")));
        assertTrue(ServiceRoutes.isTimeout(new TimeoutException()));
        assertTrue(ServiceRoutes.isTimeout(ReadTimeoutException.INSTANCE));
        assertTrue(ServiceRoutes.isTimeout(new VertxException("wrapped", new TimeoutException())));
    }

    @Test
    void shouldNotTakeAFailureForSilenceBecauseItsMessageSaysTimeout() {
        assertFalse(ServiceRoutes.isTimeout(new ConnectTimeoutException("connection timeout: localhost/127.0.0.1:8081")));
        assertFalse(ServiceRoutes.isTimeout(new ConnectException("Connection refused: timeout")));
        assertFalse(ServiceRoutes.isTimeout(new HttpClosedException("Connection was closed")));
        assertFalse(ServiceRoutes.isTimeout(new VertxException("read timeout of the upstream")));
    }
}

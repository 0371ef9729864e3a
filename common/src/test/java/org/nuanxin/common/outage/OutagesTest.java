package org.nuanxin.common.outage;

import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.problem.ProblemMappers;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutagesTest {

    @Test
    void shouldTakeALostOrRefusedConnectionForAnOutageHoweverDeeplyWrapped() {
        SQLException refused = new SQLException("Connection to localhost:15432 refused", "08001");
        assertTrue(Outages.isDatabaseOutage(refused));
        assertTrue(Outages.isDatabaseOutage(new RuntimeException(new IllegalStateException(refused))));
        assertTrue(Outages.isDatabaseOutage(new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertTrue(Outages.isDatabaseOutage(new JDBCConnectionException("could not prepare statement", refused)));
    }

    @Test
    void shouldTakeAServerShuttingDownOrStartingForAnOutage() {
        assertTrue(Outages.isDatabaseOutage(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(Outages.isDatabaseOutage(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void shouldTakeThePoolGivingUpForAnOutage() {
        assertTrue(Outages.isDatabaseOutage(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void shouldNotTakeABrokenRequestOrEventForAnOutage() {
        assertFalse(Outages.isDatabaseOutage(new IllegalArgumentException("not a CloudEvent")));
        assertFalse(Outages.isDatabaseOutage(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "family_pkey")));
        assertFalse(Outages.isDatabaseOutage(new SQLException("syntax error", "42601")));
        assertFalse(Outages.isDatabaseOutage(null));
    }

    @Test
    void shouldTellAClientThatWentAwayFromAFailureOfTheService() {
        assertTrue(Outages.isClientGone(new IOException(new ClosedChannelException())));
        assertFalse(Outages.isClientGone(new IOException("disk full")));
    }

    @Test
    void shouldAnswerAnOutageWith503ProblemAndRetryAfterNot500() {
        Response response = new ProblemMappers().unexpected(
                new RuntimeException(new SQLException("Connection refused", "08001")), null);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("5", String.valueOf(response.getHeaderString("Retry-After")));
        assertEquals(503, ((Problem) response.getEntity()).status());
    }
}

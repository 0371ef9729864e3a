package org.nuanxin.common.outage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the infrastructure (the database unreachable, restarting or out of connections) from a failure
 * of the request or event itself. An outage passes: a request answers 503 and may be retried, a consumer waits and
 * applies the event again, where a broken event would go to the dead-letter topic.
 */
public final class Outages {

    private Outages() {
    }

    /** Whether {@code failure}, or anything it was caused by, says the database could not be reached. */
    public static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} says the client closed its connection while the request was still being read (a
     * hospital system timing out, a phone losing its signal): not a failure of the service.
     */
    public static boolean isClientGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.nio.channels.ClosedChannelException
                    || cause.getClass().getName().equals("io.vertx.core.http.HttpClosedException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server shutting down, crashed, or
     * still starting).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** Agroal's pool gave up waiting for a connection (it says so in words only; there is no SQLSTATE). */
    private static boolean isPoolTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}

package jp.kyodo.common.error;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import javax.transaction.xa.XAException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database outage from every other failure, and answers it. While the database cannot be reached (stopped,
 * restarting, crashed, network cut) every request that needs it answers 503 problem+json with {@code Retry-After}
 * instead of 500 — or 401, which would make a client throw away a good session: the session could not be checked,
 * it was not found wrong. A request that needs no database (the SPA's files, liveness) is served as usual.
 *
 * <p>Recognised anywhere in the cause chain: Hibernate's {@link JDBCConnectionException}, the JDBC connection
 * exceptions ({@link SQLTransientConnectionException}, {@link SQLNonTransientConnectionException}), any
 * {@link SQLException} whose SQLState is of class 08 (connection exception) or 57P01–57P03 (the server is shutting
 * down, crashed or starting), Agroal's "Acquisition timeout" (no connection within
 * {@code quarkus.datasource.jdbc.acquisition-timeout}), a refused or reset TCP connection, an {@link XAException}
 * saying the resource failed, and a commit that failed with no database error to say why (the connection went away
 * between the last statement and the commit).
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before retrying (the {@code Retry-After} header). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Routing-context key set by the authentication mechanism when the caller's token could not be checked because
     * the database is unreachable (see {@link DatabaseOutageFilter}).
     */
    public static final String UNCHECKED_TOKEN = "kyodo.database-outage";

    private DatabaseOutage() {
    }

    /**
     * Whether {@code e}, or anything in its cause chain or among the exceptions suppressed along it (Narayana adds
     * what failed during commit as suppressed exceptions), says the database cannot be reached.
     */
    public static boolean is(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        boolean commitFailed = false;
        boolean sqlError = false;
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (connectionLost(t)) {
                return true;
            }
            commitFailed |= t instanceof RollbackException || t instanceof HeuristicMixedException
                    || t instanceof HeuristicRollbackException;
            sqlError |= t instanceof SQLException;
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        // The commit itself failed and no database error says why: with one local resource that is the connection
        // going away between the last statement and the commit (seen while PostgreSQL restarts). The transaction did
        // not commit or its outcome is unknown; a retry with the same Idempotency-Key is safe either way.
        return commitFailed && !sqlError;
    }

    private static boolean connectionLost(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
            return true;
        }
        if (t instanceof XAException x) {
            // the resource manager (the database connection) failed, or the commit failed on communication
            return x.errorCode == XAException.XAER_RMFAIL || x.errorCode == XAException.XA_RBCOMMFAIL;
        }
        if (t instanceof SQLException s) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            String message = s.getMessage();
            if (message != null && message.startsWith("Acquisition timeout")) {
                return true; // Agroal: no connection could be had within the acquisition timeout
            }
            String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
            // a pooled connection the server closed under the request (no SQLState given)
            return state == null && lower.contains("connection") && lower.contains("closed");
        }
        return false;
    }

    /** 503 service-unavailable problem+json with {@code Retry-After}. */
    public static Response response(String instance) {
        return Response.fromResponse(ProblemMappers.response(ProblemType.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; try again shortly (a POST with the same "
                        + "Idempotency-Key is safe to retry)",
                instance, null, null, null))
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }
}

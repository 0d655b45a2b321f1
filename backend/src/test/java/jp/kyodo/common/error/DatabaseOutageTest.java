package jp.kyodo.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures are a database outage (503 with Retry-After) and which stay what they were. */
class DatabaseOutageTest {

    @Test
    void connection_failures_anywhere_in_the_cause_chain_are_an_outage() {
        assertTrue(DatabaseOutage.is(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
        // Agroal's timeout as Hibernate reports it when it cannot classify the SQLState
        assertTrue(DatabaseOutage.is(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseOutage.is(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseOutage.is(new PersistenceException(
                new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        assertTrue(DatabaseOutage.is(new CompletionException(
                new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE))));
        assertTrue(DatabaseOutage.is(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.is(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.is(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void a_commit_that_failed_on_the_connection_is_an_outage() {
        // Narayana reports what failed during commit as suppressed exceptions of its RollbackException
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new PSQLException("An I/O error occurred while sending to the backend",
                PSQLState.CONNECTION_FAILURE));
        assertTrue(DatabaseOutage.is(new RuntimeException("Error invoking subclass method", rollback)));
        // the local XA resource failed (Agroal wraps the failed commit)
        assertTrue(DatabaseOutage.is(new XAException(XAException.XAER_RMFAIL)));
        // the commit failed and nothing says why: the connection went away between the last statement and commit
        assertTrue(DatabaseOutage.is(new RuntimeException(new HeuristicMixedException())));
        assertTrue(DatabaseOutage.is(new RuntimeException(new RollbackException("ARJUNA016053"))));
        // ... but a commit refused by the database for a reason of its own is not an outage
        RollbackException refused = new RollbackException("ARJUNA016053: Could not commit transaction.");
        refused.addSuppressed(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "uq_plan_code"));
        assertFalse(DatabaseOutage.is(refused));
        assertFalse(DatabaseOutage.is(new XAException(XAException.XAER_PROTO)));
    }

    @Test
    void other_failures_are_not_an_outage() {
        assertFalse(DatabaseOutage.is(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "uq_plan_code")));
        assertFalse(DatabaseOutage.is(new PersistenceException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseOutage.is(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.is(new NullPointerException()));
        assertFalse(DatabaseOutage.is(null));
    }

    @Test
    void an_outage_that_reaches_the_catch_all_answers_503_with_retry_after_and_anything_else_500() {
        Response outage = new ProblemMappers().unexpected(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLTransientConnectionException())), null);
        assertEquals(503, outage.getStatus());
        assertEquals(ProblemMappers.PROBLEM_JSON, outage.getMediaType().toString());
        assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), outage.getHeaderString("Retry-After"));
        Problem body = (Problem) outage.getEntity();
        assertEquals("https://kyodo.example.jp/problems/service-unavailable", body.type());
        assertEquals(503, body.status());

        Response bug = new ProblemMappers().unexpected(new IllegalStateException("bug"), null);
        assertEquals(500, bug.getStatus());
        assertEquals(null, bug.getHeaderString("Retry-After"));
    }
}

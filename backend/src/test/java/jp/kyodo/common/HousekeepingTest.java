package jp.kyodo.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import java.time.OffsetDateTime;
import java.util.UUID;
import jp.kyodo.account.AppUser;
import jp.kyodo.account.AuthToken;
import jp.kyodo.account.SignInAttempt;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.housekeeping.Housekeeping;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.common.web.IdempotencyRecord;
import jp.kyodo.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** Housekeeping deletes what is past its retention and keeps what is not. */
@QuarkusTest
class HousekeepingTest {

    @Inject
    Housekeeping housekeeping;

    @Inject
    MovableClock clock;

    @Inject
    KyodoConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    DataSource dataSource;

    @Test
    void an_instance_skips_housekeeping_while_another_runs_it() throws Exception {
        Assumptions.assumeTrue(dbKind.startsWith("postgres"), "only PostgreSQL has several instances");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, Housekeeping.LOCK);
                lock.execute();
            }
            assertTrue(housekeeping.run().isEmpty(), "ran while another instance held the lock");
            other.rollback();
        }
        assertFalse(housekeeping.run().isEmpty());
    }

    @Test
    void sign_in_attempts_idempotency_records_and_expired_tokens_past_their_retention_are_purged_fresh_ones_kept() {
        Instant at = Instant.now();
        OffsetDateTime now = at.atZone(JapanClock.ZONE).toOffsetDateTime();
        KyodoConfig.Retention r = config.retention();
        long oldAttempt = attempt(now.minusDays(r.signInAttemptsDays()).minusHours(1));
        long freshAttempt = attempt(now.minusDays(r.signInAttemptsDays()).plusHours(1));
        long oldRecord = idempotencyRecord(now.minusDays(r.idempotencyDays()).minusHours(1));
        long freshRecord = idempotencyRecord(now.minusDays(r.idempotencyDays()).plusHours(1));
        long longExpired = token(now.minusDays(r.expiredTokensDays()).minusHours(1));
        long recentlyExpired = token(now.minusDays(r.expiredTokensDays()).plusHours(1));
        long valid = token(now.plusHours(1));
        clock.set(at);
        try {
            housekeeping.run();
        } finally {
            clock.reset();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(SignInAttempt.findById(oldAttempt));
            assertNotNull(SignInAttempt.findById(freshAttempt));
            assertNull(IdempotencyRecord.findById(oldRecord));
            assertNotNull(IdempotencyRecord.findById(freshRecord));
            assertNull(AuthToken.findById(longExpired));
            assertNotNull(AuthToken.findById(recentlyExpired));
            assertNotNull(AuthToken.findById(valid));
        });
    }

    private static long attempt(OffsetDateTime at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SignInAttempt a = new SignInAttempt();
            a.username = "housekeeping-" + UUID.randomUUID();
            a.address = "192.0.2.1";
            a.attemptedAt = at;
            a.succeeded = false;
            a.persist();
            return a.id;
        });
    }

    private static long idempotencyRecord(OffsetDateTime at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyRecord x = new IdempotencyRecord();
            x.key = UUID.randomUUID().toString();
            x.actor = "housekeeping";
            x.requestHash = "0".repeat(64);
            x.status = 201;
            x.createdAt = at;
            x.persist();
            return x.id;
        });
    }

    private static long token(OffsetDateTime expiresAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuthToken t = new AuthToken();
            t.tokenHash = UUID.randomUUID().toString().replace("-", "");
            t.user = AppUser.findByUsername("admin").orElseThrow();
            t.kind = AuthToken.API;
            t.name = "housekeeping";
            t.createdAt = expiresAt.minusDays(30);
            t.expiresAt = expiresAt;
            t.persist();
            return t.id;
        });
    }
}

package jp.kyodo.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import jp.kyodo.account.AuthToken;
import jp.kyodo.account.SignInAttempt;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.housekeeping.Purge;

/** What the account feature lets housekeeping delete. */
public final class AccountPurges {

    private AccountPurges() {
    }

    /** Sign-in attempts older than {@code kyodo.retention.sign-in-attempts-days} (never inside the throttling window). */
    @ApplicationScoped
    public static class SignInAttempts implements Purge {

        @Inject
        KyodoConfig config;

        @Override
        public String name() {
            return "sign-in attempts";
        }

        @Override
        public long purge(OffsetDateTime now) {
            OffsetDateTime before = now.minusDays(config.retention().signInAttemptsDays());
            OffsetDateTime window = now.minusMinutes(config.signIn().windowMinutes());
            return SignInAttempt.delete("attemptedAt < ?1", before.isBefore(window) ? before : window);
        }
    }

    /** Sessions and API tokens expired more than {@code kyodo.retention.expired-tokens-days} ago. */
    @ApplicationScoped
    public static class ExpiredTokens implements Purge {

        @Inject
        KyodoConfig config;

        @Override
        public String name() {
            return "expired tokens";
        }

        @Override
        public long purge(OffsetDateTime now) {
            return AuthToken.delete("expiresAt < ?1", now.minusDays(config.retention().expiredTokensDays()));
        }
    }
}

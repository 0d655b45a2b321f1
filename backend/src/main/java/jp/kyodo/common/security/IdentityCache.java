package jp.kyodo.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed-in callers remembered between requests, so that a request with a known session or token runs no statement to
 * authenticate. Exact across instances: every change that could change who a token is (sign-out, revocation, an
 * account's role, section, password or state, a liaison's assignments) calls {@link #changed(Long)} in its transaction;
 * the entries go locally once it commits, and on PostgreSQL a {@code NOTIFY kyodo_identity} — sent by the database at
 * that commit — makes every other instance drop them too ({@link IdentityNotifications}). While an instance is not
 * listening (its connection for notifications is down) it does not use the cache at all. An entry also ends with its
 * token, at the next midnight (assignments are dated) and after {@code kyodo.session.identity-cache-seconds}.
 * <p>
 * A lookup that raced with a change cannot store a stale identity: each lookup notes the {@link #generation()} before
 * reading, and {@link #put} keeps its entry only if no change happened meanwhile.
 */
@ApplicationScoped
public class IdentityCache {

    /** The PostgreSQL channel; the payload is a user id, or {@code *} for everyone. */
    public static final String CHANNEL = "kyodo_identity";

    static final int MAX_ENTRIES = 20_000;

    private record Entry(SecurityIdentity identity, long userId, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private final AtomicLong generation = new AtomicLong();

    /** False on PostgreSQL until the listener is connected, and whenever it is not. */
    private volatile boolean listening;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    jp.kyodo.common.config.KyodoConfig config;

    int seconds;

    @jakarta.annotation.PostConstruct
    void init() {
        seconds = config.session().identityCacheSeconds();
    }

    boolean postgres() {
        return "postgresql".equals(dbKind);
    }

    /** Whether remembering is switched on at all ({@code kyodo.session.identity-cache-seconds} > 0). */
    boolean enabled() {
        return seconds > 0;
    }

    /** Whether entries may be used: always on the embedded database (one instance), while listening on PostgreSQL. */
    boolean usable() {
        return seconds > 0 && (listening || !postgres());
    }

    void listening(boolean on) {
        listening = on;
        evict(null);
    }

    /** The remembered caller of a token hash, or null. */
    public SecurityIdentity get(String tokenHash) {
        if (!usable()) {
            return null;
        }
        Entry e = entries.get(tokenHash);
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.until())) {
            entries.remove(tokenHash, e);
            return null;
        }
        return e.identity();
    }

    /** Read before the lookup whose result is then given to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /** Remembers a looked-up caller, unless something changed since {@code generationBefore}. */
    public void put(String tokenHash, long generationBefore, SecurityIdentity identity, long userId, Instant tokenExpires) {
        if (!usable()) {
            return;
        }
        Instant now = clock.instant();
        Instant midnight = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant until = min(min(tokenExpires, midnight), now.plusSeconds(seconds));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // a bound, not a policy: a full cache means many callers, each looked up again once
        }
        Entry e = new Entry(identity, userId, until);
        entries.put(tokenHash, e);
        if (generation.get() != generationBefore) {
            entries.remove(tokenHash, e);
        }
    }

    /**
     * Who one user is (or, with null, who anyone is) may change in the current transaction: the entries go on every
     * instance once it commits. Must be called inside the transaction that makes the change.
     */
    public void changed(Long userId) {
        evict(userId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                evict(userId);
            }
        });
        if (postgres() && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            em.createNativeQuery("select pg_notify('" + CHANNEL + "', :p)")
                    .setParameter("p", userId == null ? "*" : userId.toString()).getSingleResult();
        }
    }

    /** Drops the entries of one user, or all (null), on this instance only. */
    public void evict(Long userId) {
        generation.incrementAndGet();
        if (userId == null) {
            entries.clear();
        } else {
            long id = userId;
            entries.values().removeIf(e -> e.userId() == id);
        }
    }

    /** How many callers are remembered (for tests and metrics). */
    public int size() {
        return entries.size();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

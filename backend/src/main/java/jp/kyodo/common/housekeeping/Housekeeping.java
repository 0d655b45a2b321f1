package jp.kyodo.common.housekeeping;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Purges what only grows (sign-in attempts, idempotency records, expired tokens — each {@link Purge} bean) on a
 * schedule ({@code kyodo.housekeeping.every}). With several instances only one runs it at a time: on PostgreSQL the run
 * holds a transaction-scoped advisory lock and an instance that cannot take it skips; H2 (one instance) just runs.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    /** The advisory lock's key: "kyodo" and 1 for housekeeping. */
    public static final long LOCK = 0x6b796f646f01L;

    @Inject
    Instance<Purge> purges;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Scheduled(identity = "housekeeping", every = "${kyodo.housekeeping.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("housekeeping failed (next run retries): %s", e.toString());
        }
    }

    /**
     * One purge of everything, in one transaction; returns rows deleted per purge, or nothing when another instance
     * holds the lock.
     */
    @Transactional
    public Map<String, Long> run() {
        if (dbKind.startsWith("postgres") && !Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult())) {
            LOG.debug("housekeeping: another instance is running it");
            return Map.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (Purge p : purges) {
            deleted.put(p.name(), p.purge(now));
        }
        LOG.infof("housekeeping purged %s", deleted);
        return deleted;
    }
}

package jp.kyodo.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.housekeeping.Purge;

/** Deletes the counters of windows that have ended: they are never read again. */
@ApplicationScoped
public class RateLimitPurge implements Purge {

    @Inject
    EntityManager em;

    @Inject
    KyodoConfig config;

    @Override
    public String name() {
        return "rate-limit counters";
    }

    @Override
    public long purge(OffsetDateTime now) {
        long ended = now.toEpochSecond() - config.rateLimit().windowSeconds();
        return em.createNativeQuery("delete from rate_limit_counter where window_start <= ?1")
                .setParameter(1, ended).executeUpdate();
    }
}

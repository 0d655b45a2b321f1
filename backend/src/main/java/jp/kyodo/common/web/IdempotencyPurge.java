package jp.kyodo.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.housekeeping.Purge;

/** Idempotency records older than {@code kyodo.retention.idempotency-days}: a key is honoured that long. */
@ApplicationScoped
public class IdempotencyPurge implements Purge {

    @Inject
    KyodoConfig config;

    @Override
    public String name() {
        return "idempotency records";
    }

    @Override
    public long purge(OffsetDateTime now) {
        return IdempotencyRecord.delete("createdAt < ?1", now.minusDays(config.retention().idempotencyDays()));
    }
}

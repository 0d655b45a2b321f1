package jp.kyodo.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodo.common.config.KyodoConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The fixed-window counters of the rate limits, shared by every instance through {@code rate_limit_counter}.
 *
 * <p>A request is counted in memory ({@link #hit}: no statement, no connection, no thread hop); every
 * {@code kyodo.rate-limit.sync-interval} (250 ms) one statement adds what this instance counted since the last sync to
 * the shared rows and reads back their totals, which include every other instance's hits. A request's count is the
 * last total seen plus this instance's hits since: exact on one instance; with several, a caller can get ahead of the
 * budget by at most what the other instances let through in one interval (at 600 a minute, a few requests). The sync
 * runs on a thread of its own in auto-commit; a failed sync (database unreachable) keeps its hits for the next one.
 */
@ApplicationScoped
public class RateLimitCounters {

    private static final Logger LOG = Logger.getLogger(RateLimitCounters.class);

    /** PostgreSQL: every slot's increment in one upsert that returns the totals. */
    static final String SYNC_POSTGRES = "insert into rate_limit_counter (bucket, window_start, hits) "
            + "select * from unnest(?::varchar[], ?::bigint[], ?::bigint[]) "
            + "on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + excluded.hits "
            + "returning bucket, window_start, hits";

    /** H2: the standard MERGE per slot, read back through its data-change delta table. */
    static final String SYNC_H2 = "select hits from final table (merge into rate_limit_counter t using "
            + "(values (cast(? as varchar(120)), cast(? as bigint), cast(? as bigint))) s (bucket, window_start, d) "
            + "on t.bucket = s.bucket and t.window_start = s.window_start "
            + "when matched then update set hits = t.hits + s.d "
            + "when not matched then insert (bucket, window_start, hits) values (s.bucket, s.window_start, s.d))";

    record Key(String bucket, long windowStart) {
    }

    /** One (bucket, window): the last shared total seen, hits being synced, hits not synced yet. */
    static final class Slot {
        volatile long shared;
        final AtomicLong syncing = new AtomicLong();
        final AtomicLong pending = new AtomicLong();

        long count() {
            return shared + syncing.get() + pending.get();
        }
    }

    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KyodoConfig config;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private ScheduledExecutorService syncer;

    void start(@Observes StartupEvent e) {
        if (!config.rateLimit().enabled()) {
            return;
        }
        long every = Math.max(10, config.rateLimit().syncInterval().toMillis());
        syncer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-rate-limit-sync");
            t.setDaemon(true);
            return t;
        });
        syncer.scheduleWithFixedDelay(this::syncQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent e) {
        if (syncer != null) {
            syncer.shutdownNow();
            syncQuietly();
        }
    }

    /** Counts one request of {@code bucket} in the window starting at {@code windowStart}; returns the window's count. */
    public long hit(String bucket, long windowStart) {
        Slot slot = slots.computeIfAbsent(new Key(bucket, windowStart), k -> new Slot());
        slot.pending.incrementAndGet();
        return slot.count();
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (SQLException | RuntimeException ex) {
            LOG.warnf("rate-limit counts not synced (kept for the next try): %s", ex.toString());
        }
    }

    /**
     * Adds the hits counted here since the last sync to the shared rows and takes their totals; forgets windows that
     * have ended. Called every sync interval; tests call it to see the shared rows at once.
     */
    public synchronized void sync() throws SQLException {
        long now = clock.instant().getEpochSecond();
        int window = config.rateLimit().windowSeconds();
        List<Key> keys = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        for (Map.Entry<Key, Slot> e : slots.entrySet()) {
            Slot slot = e.getValue();
            long d = slot.pending.get();
            if (d > 0) {
                // moved to syncing before it leaves pending: a concurrent count may run high for a moment, never low
                slot.syncing.addAndGet(d);
                slot.pending.addAndGet(-d);
                keys.add(e.getKey());
                deltas.add(d);
            } else if (e.getKey().windowStart() + window <= now) {
                slots.remove(e.getKey(), slot);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<Key, Long> totals;
        try {
            totals = dbKind.startsWith("postgres") ? syncPostgres(keys, deltas) : syncH2(keys, deltas);
        } catch (SQLException | RuntimeException ex) {
            for (int i = 0; i < keys.size(); i++) {
                Slot slot = slots.get(keys.get(i));
                if (slot != null) {
                    slot.pending.addAndGet(deltas.get(i));
                    slot.syncing.addAndGet(-deltas.get(i));
                }
            }
            throw ex;
        }
        for (int i = 0; i < keys.size(); i++) {
            Slot slot = slots.get(keys.get(i));
            Long total = totals.get(keys.get(i));
            if (slot != null && total != null) {
                // the total includes this sync's hits: raise it first, so a concurrent count never runs low
                slot.shared = Math.max(slot.shared, total);
                slot.syncing.addAndGet(-deltas.get(i));
            }
        }
    }

    private Map<Key, Long> syncPostgres(List<Key> keys, List<Long> deltas) throws SQLException {
        Map<Key, Long> totals = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SYNC_POSTGRES)) {
            Array buckets = c.createArrayOf("varchar", keys.stream().map(Key::bucket).toArray());
            Array windows = c.createArrayOf("bigint", keys.stream().map(Key::windowStart).toArray());
            Array hits = c.createArrayOf("bigint", deltas.toArray());
            s.setArray(1, buckets);
            s.setArray(2, windows);
            s.setArray(3, hits);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    totals.put(new Key(rs.getString(1), rs.getLong(2)), rs.getLong(3));
                }
            }
        }
        return totals;
    }

    private Map<Key, Long> syncH2(List<Key> keys, List<Long> deltas) throws SQLException {
        Map<Key, Long> totals = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < keys.size(); i++) {
                Key k = keys.get(i);
                long total;
                try {
                    total = merge(c, k, deltas.get(i));
                } catch (SQLException e) {
                    // H2's MERGE is not atomic against a concurrent insert of the same new row (another instance):
                    // the loser retries once, when the row exists
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    total = merge(c, k, deltas.get(i));
                }
                totals.put(k, total);
            }
        }
        return totals;
    }

    private static long merge(Connection c, Key k, long d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SYNC_H2)) {
            s.setString(1, k.bucket());
            s.setLong(2, k.windowStart());
            s.setLong(3, d);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package jp.kyodo.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fixed-window counters in {@code rate_limit_counter}, shared by every instance on the database: one atomic
 * statement per request increments the caller's counter for the window (creating it at 1) and returns the new count.
 * It runs on its own connection in auto-commit, outside any transaction of the request, so a request that rolls back
 * is still counted and the row lock is held for that one statement only.
 */
@ApplicationScoped
public class RateLimitCounters {

    /** PostgreSQL: an upsert that returns the count. */
    static final String UPSERT_POSTGRES = "insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1) "
            + "on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1 returning hits";

    /** H2: the standard MERGE, read back through its data-change delta table. */
    static final String UPSERT_H2 = "select hits from final table (merge into rate_limit_counter t using "
            + "(values (cast(? as varchar(120)), cast(? as bigint))) s (bucket, window_start) "
            + "on t.bucket = s.bucket and t.window_start = s.window_start "
            + "when matched then update set hits = t.hits + 1 "
            + "when not matched then insert (bucket, window_start, hits) values (s.bucket, s.window_start, 1))";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Counts one request of {@code bucket} in the window starting at {@code windowStart}; returns the window's count. */
    public long hit(String bucket, long windowStart) throws SQLException {
        boolean postgres = dbKind.startsWith("postgres");
        try (Connection c = dataSource.getConnection()) {
            try {
                return hit(c, postgres ? UPSERT_POSTGRES : UPSERT_H2, bucket, windowStart);
            } catch (SQLException e) {
                // H2's MERGE is not atomic against a concurrent insert of the same new row: the loser retries once,
                // when the row exists (PostgreSQL's ON CONFLICT has no such race).
                if (postgres || !"23505".equals(e.getSQLState())) {
                    throw e;
                }
                return hit(c, UPSERT_H2, bucket, windowStart);
            }
        }
    }

    private static long hit(Connection c, String sql, String bucket, long windowStart) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, bucket);
            s.setLong(2, windowStart);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

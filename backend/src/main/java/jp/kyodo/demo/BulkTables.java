package jp.kyodo.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows of several tables collected in memory and written on {@link #flush()}, table by table in the order the tables
 * were declared (parents before children): on PostgreSQL with {@code COPY ... FROM STDIN} (text format) through the
 * driver's {@link CopyManager}, elsewhere (H2) with JDBC batches. Rows carry their ids, so nothing is read back.
 */
final class BulkTables {

    private static final int BATCH_SIZE = 1_000;

    private final Connection connection;
    private final CopyManager copy;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Long> rows = new HashMap<>();
    private final Map<String, Long> analyzed = new HashMap<>();
    private long written;

    private record Table(String name, String[] columns, List<Object[]> rows) {
    }

    BulkTables(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = postgres(connection) ? connection.unwrap(PGConnection.class).getCopyAPI() : null;
    }

    /**
     * After a bulk load on PostgreSQL: {@code VACUUM (ANALYZE)} on a connection of its own, outside any transaction
     * (VACUUM cannot run in one). ANALYZE gives the planner the tables' real sizes; VACUUM sets the visibility map,
     * without which an index-only scan (the request list's count, the kept tables' reads) visits every heap page of
     * freshly copied rows until autovacuum gets there. Nothing on H2.
     */
    static void vacuumAnalyze(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (postgres(c)) {
                c.setAutoCommit(true);
                try (var st = c.createStatement()) {
                    st.execute("vacuum (analyze)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM (ANALYZE) after the load failed", e);
        }
    }

    static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    boolean copies() {
        return copy != null;
    }

    /** Declares a table and its columns; tables are written in the order they are declared. */
    void table(String name, String... columns) {
        tables.put(name, new Table(name, columns, new ArrayList<>()));
    }

    void add(String table, Object... values) {
        Table t = tables.get(table);
        if (values.length != t.columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + t.columns.length + " columns");
        }
        t.rows.add(values);
    }

    long written() {
        return written;
    }

    /** Writes every collected row and forgets them. */
    void flush() throws SQLException {
        for (Table t : tables.values()) {
            if (t.rows.isEmpty()) {
                continue;
            }
            if (copy != null) {
                copy(t);
            } else {
                batch(t);
            }
            written += t.rows.size();
            long n = rows.merge(t.name, (long) t.rows.size(), Long::sum);
            t.rows.clear();
            if (copy != null && n >= 2 * analyzed.getOrDefault(t.name, 0L) + 1_000) {
                analyze(t.name);
                analyzed.put(t.name, n);
            }
        }
    }

    /**
     * The foreign-key checks of the next COPY run plans the backend has cached, possibly while the referenced table
     * was still (nearly) empty — a sequential scan per checked row, quadratic over a load. ANALYZE (which counts the
     * transaction's own new rows) each time a table has doubled gives the planner the real size and invalidates those
     * plans.
     */
    private void analyze(String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("analyze " + table);
        }
    }

    private void copy(Table t) throws SQLException {
        StringBuilder sb = new StringBuilder(t.rows.size() * 96);
        for (Object[] row : t.rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                text(sb, row[i]);
            }
            sb.append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.copyIn("copy " + t.name + " (" + String.join(", ", t.columns) + ") from stdin",
                    new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY's text format: \N is null; backslash, tab and line breaks are escaped. */
    private static void text(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("\\N");
        } else if (v instanceof Boolean b) {
            sb.append(b ? 't' : 'f');
        } else if (v instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else {
            sb.append(v); // numbers, LocalDate (ISO), OffsetDateTime (ISO 8601, which PostgreSQL reads)
        }
    }

    private void batch(Table t) throws SQLException {
        String sql = "insert into " + t.name + " (" + String.join(", ", t.columns) + ") values ("
                + "?, ".repeat(t.columns.length - 1) + "?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : t.rows) {
                for (int i = 0; i < row.length; i++) {
                    set(ps, i + 1, row[i]);
                }
                ps.addBatch();
                if (++pending >= BATCH_SIZE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Binds one value of a row written past Hibernate (also the demo city's batches, DemoDataLoader). */
    static void set(PreparedStatement ps, int p, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(p, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(p, s);
        } else if (v instanceof Long l) {
            ps.setLong(p, l);
        } else if (v instanceof Integer n) {
            ps.setInt(p, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(p, b);
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(p, d);
        } else if (v instanceof LocalDate d) {
            ps.setDate(p, Date.valueOf(d));
        } else if (v instanceof OffsetDateTime t) {
            ps.setObject(p, t);
        } else {
            throw new IllegalArgumentException("unsupported value " + v.getClass());
        }
    }

    /** The largest id of a table (0 when empty): rows written here take the ids after it. */
    static long maxId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves a table's identity past the ids written here, so the application's next insert does not collide. */
    static void restartIdentity(Connection c, String table) throws SQLException {
        long max = maxId(c, table);
        try (Statement st = c.createStatement()) {
            if (postgres(c)) {
                st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + Math.max(1, max) + ", "
                        + (max > 0) + ")");
            } else {
                st.execute("alter table " + table + " alter column id restart with " + (max + 1));
            }
        }
    }
}

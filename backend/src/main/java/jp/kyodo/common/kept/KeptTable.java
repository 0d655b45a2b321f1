package jp.kyodo.common.kept;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A kept table that differences are added to: {@code x = x + d} for every figure of a row, the row inserted when it
 * is missing — PostgreSQL's {@code on conflict do update} (atomic; the rows go as one batch), H2's MERGE (one row at
 * a time, retried once when a concurrent insert of the same new row won). Two transactions adding to the same row
 * serialize on its row lock and each adds its own difference, so the figures stay exact under READ COMMITTED.
 *
 * @param name    the table
 * @param keys    the key columns, each "name type" (the type for H2's casts, e.g. "cycle_id bigint")
 * @param figures the figure columns, each "name type"
 * @param postgres the upsert on PostgreSQL (written by the short constructor)
 * @param h2       the MERGE on H2 (written by the short constructor)
 */
public record KeptTable(String name, List<String> keys, List<String> figures, String postgres, String h2) {

    /** The table and its columns; both statements are written once, here. */
    public KeptTable(String name, List<String> keys, List<String> figures) {
        this(name, keys, figures, postgres(name, keys, figures), h2(name, keys, figures));
    }

    private static String column(String c) {
        return c.substring(0, c.indexOf(' '));
    }

    private static Stream<String> columns(List<String> keys, List<String> figures) {
        return Stream.concat(keys.stream(), figures.stream()).map(KeptTable::column);
    }

    private static String postgres(String name, List<String> keys, List<String> figures) {
        String cols = columns(keys, figures).collect(Collectors.joining(", "));
        String marks = columns(keys, figures).map(c -> "?").collect(Collectors.joining(", "));
        return "insert into " + name + " (" + cols + ") values (" + marks + ") on conflict ("
                + keys.stream().map(KeptTable::column).collect(Collectors.joining(", ")) + ") do update set "
                + figures.stream().map(KeptTable::column).map(f -> f + " = " + name + "." + f + " + excluded." + f)
                        .collect(Collectors.joining(", "));
    }

    private static String h2(String name, List<String> keys, List<String> figures) {
        String cols = columns(keys, figures).collect(Collectors.joining(", "));
        String casts = Stream.concat(keys.stream(), figures.stream())
                .map(c -> "cast(? as " + c.substring(c.indexOf(' ') + 1) + ")").collect(Collectors.joining(", "));
        return "merge into " + name + " t using (values (" + casts + ")) s (" + cols + ") on "
                + keys.stream().map(KeptTable::column).map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "))
                + " when matched then update set "
                + figures.stream().map(KeptTable::column).map(f -> f + " = t." + f + " + s." + f).collect(Collectors.joining(", "))
                + " when not matched then insert (" + cols + ") values ("
                + columns(keys, figures).map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Adds the rows (key values, then figure differences, in the order of the columns) on the transaction's
     * connection. The caller leaves out rows whose differences are all zero and orders them (a fixed order of row
     * locks: two writers never wait for each other in a circle).
     */
    public void add(Connection c, boolean postgres, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            try (PreparedStatement st = c.prepareStatement(this.postgres)) {
                for (Object[] row : rows) {
                    bind(st, row);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return;
        }
        String sql = h2;
        for (Object[] row : rows) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, row);
                st.executeUpdate();
            } catch (SQLException ex) {
                if (!"23505".equals(ex.getSQLState())) {
                    throw ex;
                }
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    bind(st, row);
                    st.executeUpdate();
                }
            }
        }
    }

    private static void bind(PreparedStatement st, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            st.setObject(i + 1, row[i]);
        }
    }
}

package jp.kyodo.common.persistence;

import java.math.BigDecimal;

/** Reading the columns of native-query rows, whose Java types differ between H2 and PostgreSQL. */
public final class Rows {

    private Rows() {
    }

    /** A numeric column (Integer, Long, BigInteger or BigDecimal depending on the database). */
    public static Number num(Object o) {
        return (Number) o;
    }

    /** A decimal column; null → 0. */
    public static BigDecimal dec(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    /** A date column of a native query (java.sql.Date or LocalDate depending on the driver); null stays null. */
    public static java.time.LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }

    /** A timestamp column (OffsetDateTime, Instant or Timestamp depending on the database and driver), in UTC; null stays null. */
    public static java.time.OffsetDateTime utc(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp " + o.getClass());
    }

    /**
     * A multi-row insert: {@code head} ("insert into t (a, b) values ") followed by {@code rows} groups of
     * {@code columns} placeholders — one statement, one round trip for a batch of rows.
     */
    public static String insertValues(String head, int columns, int rows) {
        String group = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        return head + String.join(", ", java.util.Collections.nCopies(rows, group));
    }
}

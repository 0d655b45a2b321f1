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
}

package jp.kyodo.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 加入率 — member households over households, as a fraction 0–1 with four decimals rounded half up (0.77885 →
 * 0.7789). Unknown (null) when there are no households to divide by. The one rule for every rate the API shows:
 * an association's, a district's, a ward's and the city's (these from summed households and member households,
 * never as an average of rates).
 */
public final class JoinRate {

    /** Decimals of a rate. */
    public static final int SCALE = 4;

    private JoinRate() {
    }

    /** The rate, or null when households are unknown or zero. */
    public static BigDecimal of(Long members, Long households) {
        if (members == null || households == null || households == 0) {
            return null;
        }
        return BigDecimal.valueOf(members).divide(BigDecimal.valueOf(households), SCALE, RoundingMode.HALF_UP);
    }
}

package jp.kyodo.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * 加入率 — member households over households, as a fraction 0–1 with four decimals rounded half up (0.77885 →
 * 0.7789). Unknown (null) when there are no households to divide by. The one rule for every rate the API shows:
 * an association's, a district's, a ward's and the city's — these from summed households and member households
 * ({@link Sums}), never as an average of rates.
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

    /**
     * The figures of several associations added up (a district, a ward, the city), and their rate.
     *
     * @param associations associations with figures
     * @param households   世帯数, summed
     * @param members      加入世帯数, summed
     */
    public record Sums(long associations, long households, long members) {

        public static final Sums NONE = new Sums(0, 0, 0);

        /** One association's figures. */
        public static Sums of(long households, long members) {
            return new Sums(1, households, members);
        }

        public Sums plus(Sums other) {
            return new Sums(associations + other.associations, households + other.households,
                    members + other.members);
        }

        /** All of them added up: districts into a ward, wards into the city. */
        public static Sums total(Collection<Sums> parts) {
            return parts.stream().reduce(NONE, Sums::plus);
        }

        public BigDecimal rate() {
            return JoinRate.of(members, households);
        }
    }
}

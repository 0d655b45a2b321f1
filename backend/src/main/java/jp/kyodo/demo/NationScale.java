package jp.kyodo.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * How big a nation-wide data set to add to the demo city ({@code kyodo.demo-scale=nation}): about 1,700
 * municipalities, 20,000 school districts, 300,000 neighbourhood associations with 10 fiscal years of membership
 * figures (3,000,000) and 1,000,000 city requests. {@code nation:0.001} makes that share of it (at least a few
 * municipalities), for tests and for H2.
 *
 * <p>The data model has one city with wards; a nation deployment's municipalities are modelled as wards (区), each
 * with its own school districts, its own office (a bureau with a department and sections) issuing its requests to
 * its own ward.
 *
 * @param name           the name given in configuration
 * @param municipalities wards standing for the municipalities
 * @param districts      school districts over all municipalities
 * @param requests       city requests over all fiscal years
 * @param firstYear      first fiscal year of figures, statistics and requests
 * @param lastYear       last one
 */
public record NationScale(String name, int municipalities, int districts, int requests, int firstYear, int lastYear) {

    public static final NationScale NATION = new NationScale("nation", 1_700, 20_000, 1_000_000, 2016, 2025);

    /** H2 loads with JDBC batches at a few thousand rows a second: beyond this share the load would take hours. */
    public static final double H2_LIMIT = 0.02;

    public NationScale {
        if (municipalities < 1 || districts < municipalities || requests < 0 || firstYear > lastYear) {
            throw new IllegalArgumentException("bad nation scale");
        }
    }

    /** {@code nation} or {@code nation:<factor>} (factor in (0, 1]); empty for any other scale. */
    public static Optional<NationScale> parse(String value) {
        String s = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (s.equals("nation")) {
            return Optional.of(NATION);
        }
        if (!s.startsWith("nation:")) {
            return Optional.empty();
        }
        double f;
        try {
            f = Double.parseDouble(s.substring("nation:".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kyodo.demo-scale nation:<factor> needs a number, not '" + value + "'");
        }
        if (!(f > 0) || f > 1) {
            throw new IllegalArgumentException("kyodo.demo-scale nation:<factor> must be in (0, 1], not " + value);
        }
        int m = (int) Math.max(2, Math.round(NATION.municipalities * f));
        int d = (int) Math.max(m * 2L, Math.round(NATION.districts * f));
        int r = (int) Math.max(40, Math.round(NATION.requests * f));
        return Optional.of(new NationScale(s, m, d, r, NATION.firstYear, NATION.lastYear));
    }

    /** The share of the full nation data set, by districts. */
    public double factor() {
        return (double) districts / NATION.districts;
    }

    public int years() {
        return lastYear - firstYear + 1;
    }
}

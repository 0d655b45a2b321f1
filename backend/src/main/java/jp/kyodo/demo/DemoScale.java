package jp.kyodo.demo;

import java.util.Locale;

/**
 * How big a demo city to make.
 *
 * <ul>
 * <li>{@code demo} — 7 wards, 20 districts, about 175 associations, fiscal years 2021–2025 (make run, tests,
 * screenshots);</li>
 * <li>{@code large} — 7 wards, 350 districts, about 3,000 associations, fiscal years 2016–2025, i.e. about
 * 30,000 membership figures (benchmarks);</li>
 * <li>a number such as {@code 2.5} — that many times the demo city's districts (10 fiscal years from factor 5);</li>
 * <li>{@code nation} or {@code nation:<factor>} — the demo city, to which {@link NationDataLoader} then adds the
 * nation-wide data set ({@link NationScale}).</li>
 * </ul>
 *
 * @param name        the name given in configuration
 * @param districts   number of school districts
 * @param firstYear   first fiscal year of membership figures and resident statistics
 * @param lastYear    last fiscal year of them
 * @param civicGroups number of civic groups / NPOs
 */
public record DemoScale(String name, int districts, int firstYear, int lastYear, int civicGroups) {

    public static final DemoScale DEMO = new DemoScale("demo", 20, 2021, 2025, 2);
    public static final DemoScale LARGE = new DemoScale("large", 350, 2016, 2025, 30);

    public DemoScale {
        if (districts < 1 || firstYear > lastYear || civicGroups < 0) {
            throw new IllegalArgumentException("bad demo scale");
        }
    }

    /** Reads {@code kyodo.demo-scale}: {@code demo}, {@code large} or a factor of the demo city. */
    public static DemoScale parse(String value) {
        String s = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("demo")) {
            return DEMO;
        }
        if (s.equals("large")) {
            return LARGE;
        }
        if (NationScale.parse(s).isPresent()) {
            return DEMO;
        }
        double f;
        try {
            f = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "kyodo.demo-scale must be 'demo', 'large', 'nation' or a factor such as 2.5, not '" + value + "'");
        }
        if (!(f > 0) || f > 20) {
            throw new IllegalArgumentException("kyodo.demo-scale factor must be in (0, 20], not " + value);
        }
        int d = (int) Math.max(7, Math.round(DEMO.districts * f));
        return new DemoScale("x" + s, d, f >= 5 ? 2016 : 2021, 2025, Math.max(2, d / 12));
    }

    public int years() {
        return lastYear - firstYear + 1;
    }
}

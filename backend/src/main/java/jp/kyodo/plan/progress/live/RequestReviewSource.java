package jp.kyodo.plan.progress.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.ProgressDtos.Baseline;
import jp.kyodo.request.review.ReviewDtos.YearFigures;
import jp.kyodo.request.review.ReviewService;

/**
 * The request review's city-wide figures of the report's fiscal year — the number of 協力依頼 and the effort hours
 * requests put on communities (the reduction dashboard's figures) — and their share cut (%) against the baseline
 * year of the review cycle of that year. One query for the review cycles of the years and one grouped query for the
 * figures of those years and their baselines. A cut is absent in a year without a review cycle.
 */
@ApplicationScoped
public class RequestReviewSource implements LiveIndicatorSource {

    public static final String COOPERATION_REQUESTS = "COOPERATION_REQUESTS";
    public static final String COOPERATION_REQUESTS_CUT = "COOPERATION_REQUESTS_CUT";
    public static final String REQUEST_HOURS = "REQUEST_HOURS";
    public static final String REQUEST_HOURS_CUT = "REQUEST_HOURS_CUT";

    private static final List<Level> CITY = List.of(Level.CITY);
    private static final List<BindingSpec> BINDINGS = List.of(
            new BindingSpec(COOPERATION_REQUESTS, "協力依頼の件数", "Number of cooperation requests (協力依頼)", "件", CITY),
            new BindingSpec(COOPERATION_REQUESTS_CUT, "協力依頼の削減率（基準年度比）",
                    "Cooperation requests cut against the review's baseline year", "%", CITY),
            new BindingSpec(REQUEST_HOURS, "依頼等による地域の負担時間", "Effort hours requests put on communities", "時間", CITY),
            new BindingSpec(REQUEST_HOURS_CUT, "負担時間の削減率（基準年度比）", "Effort hours cut against the review's baseline year",
                    "%", CITY));

    /** What each binding measures of a year's figures, and whether it is the cut against the baseline. */
    private record Measure(Function<YearFigures, BigDecimal> of, boolean cut) {
    }

    private static final Function<YearFigures, BigDecimal> COUNT = y -> BigDecimal.valueOf(y.cooperationRequests());
    private static final Function<YearFigures, BigDecimal> HOURS = YearFigures::annualHours;
    private static final Map<String, Measure> MEASURES = Map.of(COOPERATION_REQUESTS, new Measure(COUNT, false),
            COOPERATION_REQUESTS_CUT, new Measure(COUNT, true), REQUEST_HOURS, new Measure(HOURS, false),
            REQUEST_HOURS_CUT, new Measure(HOURS, true));

    @Inject
    EntityManager em;

    @Inject
    ReviewService review;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<BindingSpec> bindings() {
        return BINDINGS;
    }

    @Override
    public Map<Figure, Value> compute(Set<Figure> figures) {
        Map<Figure, Value> out = new HashMap<>();
        if (figures.isEmpty()) {
            return out;
        }
        Set<Integer> requestYears = new TreeSet<>();
        figures.forEach(f -> requestYears.add(f.fiscalYear()));
        Map<Integer, Integer> baselineOf = new HashMap<>();
        Set<Integer> years = new TreeSet<>(requestYears);
        for (Object[] c : em.createQuery("select c.fiscalYear, c.baselineYear from ReviewCycle c where c.fiscalYear in :ys",
                Object[].class).setParameter("ys", requestYears).getResultList()) {
            baselineOf.put((Integer) c[0], (Integer) c[1]);
            years.add((Integer) c[1]);
        }
        Map<Integer, YearFigures> requests = review.cityWide(years);
        for (Figure f : figures) {
            Measure m = MEASURES.get(f.binding().code());
            YearFigures now = requests.get(f.fiscalYear());
            Integer baseYear = baselineOf.get(f.fiscalYear());
            YearFigures base = baseYear == null ? null : requests.get(baseYear);
            BigDecimal nowValue = now == null ? null : m.of().apply(now);
            BigDecimal baseValue = base == null ? null : m.of().apply(base);
            Baseline baseline = baseYear == null ? null : new Baseline(baseYear, baseValue);
            if (!m.cut()) {
                out.put(f, new Value(nowValue, baseline));
            } else {
                BigDecimal cut = nowValue == null || baseValue == null ? null : ReviewService.cut(baseValue, nowValue);
                out.put(f, new Value(cut == null ? null : LiveIndicatorSource.percent(cut), baseline));
            }
        }
        return out;
    }
}

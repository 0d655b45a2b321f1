package jp.kyodo.plan.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.membership.MembershipDtos.JoinRateRow;
import jp.kyodo.membership.service.MembershipService;
import jp.kyodo.membership.service.MembershipService.JoinRateFilter;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.Binding;
import jp.kyodo.plan.progress.ProgressDtos.Baseline;
import jp.kyodo.plan.progress.ProgressDtos.Indicator;
import jp.kyodo.plan.progress.ProgressIndicator;
import jp.kyodo.plan.progress.ProgressReport;
import jp.kyodo.request.review.ReviewDtos.YearFigures;
import jp.kyodo.request.review.ReviewService;

/**
 * 連動指標 — the actual values of bound indicators, computed from the data when read. For any number of reports the
 * data is read once per kind: one join-rate query per scope (all its years at once; the same sums as /join-rates),
 * one query for the review cycles of the years and one grouped query for the request figures of those years and
 * their baselines (the same figures as the reduction dashboard). The publication snapshot calls {@link #of} to
 * freeze the values.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveIndicatorService {

    public static final String CITY_NAME = "市全体";

    @Inject
    EntityManager em;

    @Inject
    MembershipService membership;

    @Inject
    ReviewService review;

    /** The indicators of each report (by report id, in the report's order), bound ones with their values now. */
    public Map<Long, List<Indicator>> of(Collection<ProgressReport> reports) {
        Figures f = figures(reports);
        Map<Long, List<Indicator>> out = new HashMap<>();
        for (ProgressReport r : reports) {
            List<Indicator> list = new ArrayList<>();
            for (ProgressIndicator i : r.indicators) {
                list.add(f.indicator(i, r.fiscalYear));
            }
            out.put(r.id, list);
        }
        return out;
    }

    /** The values of one (binding, scope, year), as {@link #of} computes them. */
    private record Value(BigDecimal actual, Baseline baseline) {
    }

    /** Everything the bound indicators of a set of reports need, read at once; values cached per (binding, scope, year). */
    private final class Figures {
        final Map<String, BigDecimal> joinRates = new HashMap<>();
        final Map<Integer, Integer> baselineOf = new HashMap<>();
        final Map<Integer, YearFigures> requests = new HashMap<>();
        final Map<Long, String> wardNames = new HashMap<>();
        final Map<Long, String> districtNames = new HashMap<>();
        final Map<String, Value> cache = new HashMap<>();

        Indicator indicator(ProgressIndicator i, int fiscalYear) {
            if (i.binding == null) {
                return new Indicator(i.name, i.unit, plain(i.target), plain(i.actual), null, null, null, null, false, null);
            }
            Level level = i.scopeLevel == null ? Level.CITY : i.scopeLevel;
            Value v = cache.computeIfAbsent(i.binding + "|" + level + "|" + i.scopeId + "|" + fiscalYear,
                    k -> value(i.binding, level, i.scopeId, fiscalYear));
            String scopeName = switch (level) {
                case CITY -> CITY_NAME;
                case WARD -> wardNames.get(i.scopeId);
                case DISTRICT -> districtNames.get(i.scopeId);
            };
            return new Indicator(i.name, i.unit, plain(i.target), plain(v.actual()), i.binding, level, i.scopeId, scopeName, true,
                    v.baseline() == null ? null : new Baseline(v.baseline().fiscalYear(), plain(v.baseline().value())));
        }

        Value value(Binding b, Level level, Long scopeId, int year) {
            if (b == Binding.JOIN_RATE) {
                return new Value(joinRates.get(key(level, scopeId, year)), null);
            }
            YearFigures now = requests.get(year);
            Integer baseYear = baselineOf.get(year);
            YearFigures base = baseYear == null ? null : requests.get(baseYear);
            boolean hours = b == Binding.REQUEST_HOURS || b == Binding.REQUEST_HOURS_CUT;
            BigDecimal nowValue = now == null ? null : hours ? now.annualHours() : BigDecimal.valueOf(now.cooperationRequests());
            BigDecimal baseValue = base == null ? null : hours ? base.annualHours() : BigDecimal.valueOf(base.cooperationRequests());
            Baseline baseline = baseYear == null ? null : new Baseline(baseYear, baseValue);
            if (!b.isCut()) {
                return new Value(nowValue, baseline);
            }
            BigDecimal cut = nowValue == null || baseValue == null ? null : ReviewService.cut(baseValue, nowValue);
            return new Value(cut == null ? null : percent(cut), baseline);
        }
    }

    private static String key(Level level, Long scopeId, int year) {
        return level + "|" + (level == Level.CITY ? null : scopeId) + "|" + year;
    }

    /** The same number however it was stored: 420.00 and 420 both answer 420, 52.50 answers 52.5. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A share (0.3333) as a percentage with two decimals (33.33). */
    static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private Figures figures(Collection<ProgressReport> reports) {
        Figures f = new Figures();
        // scope → years of the join rates needed; years of the request figures needed
        Map<String, Set<Integer>> joinScopes = new HashMap<>();
        Set<Integer> requestYears = new TreeSet<>();
        Set<Long> wards = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        for (ProgressReport r : reports) {
            for (ProgressIndicator i : r.indicators) {
                if (i.binding == null) {
                    continue;
                }
                Level level = i.scopeLevel == null ? Level.CITY : i.scopeLevel;
                if (i.binding == Binding.JOIN_RATE) {
                    joinScopes.computeIfAbsent(level + "|" + (level == Level.CITY ? "" : i.scopeId), k -> new TreeSet<>()).add(r.fiscalYear);
                } else {
                    requestYears.add(r.fiscalYear);
                }
                if (level == Level.WARD && i.scopeId != null) {
                    wards.add(i.scopeId);
                } else if (level == Level.DISTRICT && i.scopeId != null) {
                    districts.add(i.scopeId);
                }
            }
        }
        joinScopes.forEach((scope, years) -> {
            String[] parts = scope.split("\\|", -1);
            Level level = Level.valueOf(parts[0]);
            Long id = parts[1].isEmpty() ? null : Long.valueOf(parts[1]);
            int from = ((TreeSet<Integer>) years).first();
            int to = ((TreeSet<Integer>) years).last();
            PageParams all = new PageParams();
            all.size = Integer.MAX_VALUE;
            for (JoinRateRow row : membership.joinRates(new JoinRateFilter(level, level == Level.WARD ? id : null,
                    level == Level.DISTRICT ? id : null, from, to), all).items()) {
                if (years.contains(row.fiscalYear()) && row.joinRate() != null
                        && (level == Level.CITY || Objects.equals(row.id(), id))) {
                    f.joinRates.put(key(level, id, row.fiscalYear()), percent(row.joinRate()));
                }
            }
        });
        if (!requestYears.isEmpty()) {
            Set<Integer> years = new TreeSet<>(requestYears);
            for (Object[] c : em.createQuery("select c.fiscalYear, c.baselineYear from ReviewCycle c where c.fiscalYear in :ys",
                    Object[].class).setParameter("ys", requestYears).getResultList()) {
                f.baselineOf.put((Integer) c[0], (Integer) c[1]);
                years.add((Integer) c[1]);
            }
            f.requests.putAll(review.cityWide(years));
        }
        if (!wards.isEmpty()) {
            for (Object[] w : em.createQuery("select w.id, w.name from Ward w where w.id in :ids", Object[].class)
                    .setParameter("ids", wards).getResultList()) {
                f.wardNames.put((Long) w[0], (String) w[1]);
            }
        }
        if (!districts.isEmpty()) {
            for (Object[] d : em.createQuery("select d.id, d.name from District d where d.id in :ids", Object[].class)
                    .setParameter("ids", districts).getResultList()) {
                f.districtNames.put((Long) d[0], (String) d[1]);
            }
        }
        return f;
    }
}

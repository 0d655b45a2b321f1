package jp.kyodo.plan.progress.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.Binding;
import jp.kyodo.plan.progress.ProgressDtos.Baseline;
import jp.kyodo.plan.progress.ProgressDtos.Indicator;
import jp.kyodo.plan.progress.ProgressIndicator;
import jp.kyodo.plan.progress.ProgressReport;
import jp.kyodo.plan.progress.live.BindingSpec;
import jp.kyodo.plan.progress.live.LiveIndicatorSource;
import jp.kyodo.plan.progress.live.LiveIndicatorSource.Figure;
import jp.kyodo.plan.progress.live.LiveIndicatorSource.Value;

/**
 * 連動指標 — the actual values of bound indicators, computed from the data when read by the
 * {@link LiveIndicatorSource} beans that declare the bindings. For any number of reports each source is asked once
 * for every figure they need, and ward and district names are read once. The publication snapshot calls {@link #of}
 * to freeze the values.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveIndicatorService {

    public static final String CITY_NAME = "市全体";

    @Inject
    EntityManager em;

    @Inject
    Instance<LiveIndicatorSource> sources;

    private final Map<Binding, LiveIndicatorSource> sourceOf = new LinkedHashMap<>();
    private final Map<Binding, BindingSpec> specs = new LinkedHashMap<>();

    @PostConstruct
    void discover() {
        List<LiveIndicatorSource> found = new ArrayList<>();
        sources.forEach(found::add);
        found.sort(Comparator.comparingInt(LiveIndicatorSource::order));
        for (LiveIndicatorSource s : found) {
            for (BindingSpec b : s.bindings()) {
                if (sourceOf.putIfAbsent(b.code(), s) != null) {
                    throw new IllegalStateException("Two live indicator sources declare the binding " + b.code());
                }
                specs.put(b.code(), b);
            }
        }
    }

    /** Every binding, in the order of their sources. */
    public List<BindingSpec> bindings() {
        return List.copyOf(specs.values());
    }

    /** What a binding is, when a source declares it. */
    public Optional<BindingSpec> spec(Binding binding) {
        return Optional.ofNullable(specs.get(binding));
    }

    /** The indicators of each report (by report id, in the report's order), bound ones with their values now. */
    public Map<Long, List<Indicator>> of(Collection<ProgressReport> reports) {
        Map<LiveIndicatorSource, Set<Figure>> asked = new LinkedHashMap<>();
        Set<Long> wards = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        for (ProgressReport r : reports) {
            for (ProgressIndicator i : r.indicators) {
                if (i.binding == null) {
                    continue;
                }
                Figure f = figure(i, r.fiscalYear);
                LiveIndicatorSource s = sourceOf.get(i.binding);
                if (s != null) {
                    asked.computeIfAbsent(s, k -> new HashSet<>()).add(f);
                }
                if (f.level() == Level.WARD && i.scopeId != null) {
                    wards.add(i.scopeId);
                } else if (f.level() == Level.DISTRICT && i.scopeId != null) {
                    districts.add(i.scopeId);
                }
            }
        }
        Map<Figure, Value> values = new HashMap<>();
        asked.forEach((source, figures) -> values.putAll(source.compute(figures)));
        Map<Long, String> wardNames = names("Ward", wards);
        Map<Long, String> districtNames = names("District", districts);
        Map<Long, List<Indicator>> out = new HashMap<>();
        for (ProgressReport r : reports) {
            List<Indicator> list = new ArrayList<>();
            for (ProgressIndicator i : r.indicators) {
                if (i.binding == null) {
                    list.add(new Indicator(i.name, i.unit, plain(i.target), plain(i.actual), null, null, null, null, false, null));
                    continue;
                }
                Figure f = figure(i, r.fiscalYear);
                Value v = values.getOrDefault(f, new Value(null, null));
                String scopeName = switch (f.level()) {
                    case CITY -> CITY_NAME;
                    case WARD -> wardNames.get(i.scopeId);
                    case DISTRICT -> districtNames.get(i.scopeId);
                };
                list.add(new Indicator(i.name, i.unit, plain(i.target), plain(v.actual()), i.binding, f.level(), i.scopeId, scopeName,
                        true, v.baseline() == null ? null : new Baseline(v.baseline().fiscalYear(), plain(v.baseline().value()))));
            }
            out.put(r.id, list);
        }
        return out;
    }

    private static Figure figure(ProgressIndicator i, int fiscalYear) {
        Level level = i.scopeLevel == null ? Level.CITY : i.scopeLevel;
        return new Figure(i.binding, level, level == Level.CITY ? null : i.scopeId, fiscalYear);
    }

    private Map<Long, String> names(String entity, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] w : em.createQuery("select x.id, x.name from " + entity + " x where x.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                out.put((Long) w[0], (String) w[1]);
            }
        }
        return out;
    }

    /** The same number however it was stored: 420.00 and 420 both answer 420, 52.50 answers 52.5. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}

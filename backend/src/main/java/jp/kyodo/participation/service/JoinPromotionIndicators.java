package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.live.BindingSpec;
import jp.kyodo.plan.progress.live.LiveIndicatorSource;

/**
 * 加入促進 — the live indicators of new buildings: the units that joined an association through a new building whose
 * outcome fell in the fiscal year, and the buildings whose developer cooperated (the units joined, or an association
 * was formed), for the city, a ward or a district. One grouped statement per call.
 */
@ApplicationScoped
public class JoinPromotionIndicators implements LiveIndicatorSource {

    public static final String UNITS_JOINED = "NEW_BUILDING_UNITS_JOINED";
    public static final String COOPERATING = "NEW_BUILDINGS_COOPERATING";

    private static final List<BindingSpec> BINDINGS = List.of(
            new BindingSpec(UNITS_JOINED, "新築集合住宅で自治会に加入した戸数", "Units of new buildings that joined an association", "戸",
                    List.of(Level.CITY, Level.WARD, Level.DISTRICT)),
            new BindingSpec(COOPERATING, "加入に協力を得た新築集合住宅の数", "New buildings whose developer cooperated", "棟",
                    List.of(Level.CITY, Level.WARD, Level.DISTRICT)));

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<BindingSpec> bindings() {
        return BINDINGS;
    }

    @Override
    public Map<Figure, Value> compute(Set<Figure> figures) {
        if (figures.isEmpty()) {
            return Map.of();
        }
        Set<Integer> years = new HashSet<>();
        figures.forEach(f -> years.add(f.fiscalYear()));
        int min = years.stream().min(Integer::compare).orElseThrow();
        int max = years.stream().max(Integer::compare).orElseThrow();
        // year → district → {ward, units joined, buildings cooperating}
        Map<Integer, Map<Long, long[]>> byYear = new HashMap<>();
        for (Object row : em.createNativeQuery("select b.outcome_on, b.district_id, d.ward_id, b.joined_units from new_building b"
                + " join district d on d.id = b.district_id where b.outcome in ('BLOCK_JOIN', 'INDIVIDUAL', 'NEW_ASSOCIATION')"
                + " and b.outcome_on between :from and :to").setParameter("from", Japanese.fiscalYearStart(min))
                .setParameter("to", Japanese.fiscalYearEnd(max)).getResultList()) {
            Object[] r = (Object[]) row;
            long[] v = byYear.computeIfAbsent(Japanese.fiscalYearOf(jp.kyodo.common.persistence.Rows.date(r[0])), y -> new HashMap<>())
                    .computeIfAbsent(((Number) r[1]).longValue(), k -> new long[] {r[2] == null ? -1 : ((Number) r[2]).longValue(), 0, 0});
            v[1] += ((Number) r[3]).longValue();
            v[2] += 1;
        }
        Map<Figure, Value> out = new HashMap<>();
        for (Figure f : figures) {
            long units = 0;
            long buildings = 0;
            for (Map.Entry<Long, long[]> d : byYear.getOrDefault(f.fiscalYear(), Map.of()).entrySet()) {
                boolean in = switch (f.level()) {
                    case CITY -> true;
                    case WARD -> f.scopeId() != null && d.getValue()[0] == f.scopeId();
                    case DISTRICT -> f.scopeId() != null && d.getKey().equals(f.scopeId());
                };
                if (in) {
                    units += d.getValue()[1];
                    buildings += d.getValue()[2];
                }
            }
            out.put(f, new Value(BigDecimal.valueOf(f.binding().code().equals(UNITS_JOINED) ? units : buildings), null));
        }
        return out;
    }
}

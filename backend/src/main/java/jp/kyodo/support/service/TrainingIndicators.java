package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.live.BindingSpec;
import jp.kyodo.plan.progress.live.LiveIndicatorSource;

/**
 * 研修等への参加 — the live indicators of trainings and events: the districts represented (someone of the district
 * attended) at the fiscal year's trainings, explanatory meetings, forums and case presentations, for the city or a
 * ward, and the people who attended, for the city, a ward or a district. One statement per call, grouped by fiscal
 * year, ward and district, whatever the number of reports asking.
 */
@ApplicationScoped
public class TrainingIndicators implements LiveIndicatorSource {

    public static final String TRAINING_DISTRICTS = "TRAINING_DISTRICTS";
    public static final String TRAINING_ATTENDANCE = "TRAINING_ATTENDANCE";

    private static final List<BindingSpec> BINDINGS = List.of(
            new BindingSpec(TRAINING_DISTRICTS, "研修等に参加した校区の数", "Districts represented at trainings and events", "校区",
                    List.of(Level.CITY, Level.WARD)),
            new BindingSpec(TRAINING_ATTENDANCE, "研修等への参加者数", "People who attended trainings and events", "人",
                    List.of(Level.CITY, Level.WARD, Level.DISTRICT)));

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 40;
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
        // year → district → {ward, attended}
        Map<Integer, Map<Long, long[]>> byYear = new HashMap<>();
        for (Object row : em.createNativeQuery("select e.fiscal_year, a.district_id, d.ward_id, sum(a.attended) "
                + "from support_event e join support_event_attendance a on a.event_id = e.id join district d on d.id = a.district_id "
                + "where e.fiscal_year in (:years) and a.attended is not null group by e.fiscal_year, a.district_id, d.ward_id")
                .setParameter("years", years).getResultList()) {
            Object[] r = (Object[]) row;
            byYear.computeIfAbsent(((Number) r[0]).intValue(), y -> new HashMap<>()).put(((Number) r[1]).longValue(),
                    new long[] {r[2] == null ? -1 : ((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        Map<Figure, Value> out = new HashMap<>();
        for (Figure f : figures) {
            Map<Long, long[]> districts = byYear.getOrDefault(f.fiscalYear(), Map.of());
            long represented = 0;
            long people = 0;
            for (Map.Entry<Long, long[]> d : districts.entrySet()) {
                boolean in = switch (f.level()) {
                    case CITY -> true;
                    case WARD -> f.scopeId() != null && d.getValue()[0] == f.scopeId();
                    case DISTRICT -> f.scopeId() != null && d.getKey().equals(f.scopeId());
                };
                if (in) {
                    people += d.getValue()[1];
                    represented += d.getValue()[1] > 0 ? 1 : 0;
                }
            }
            long value = f.binding().code().equals(TRAINING_DISTRICTS) ? represented : people;
            out.put(f, new Value(BigDecimal.valueOf(value), null));
        }
        return out;
    }
}

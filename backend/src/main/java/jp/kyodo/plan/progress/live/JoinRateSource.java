package jp.kyodo.plan.progress.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
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

/**
 * 加入率 — the join rate (%) of the city, a ward or a district in the report's fiscal year, the same figure as
 * /join-rates: one join-rate query per scope, all its years at once.
 */
@ApplicationScoped
public class JoinRateSource implements LiveIndicatorSource {

    public static final String JOIN_RATE = "JOIN_RATE";

    private static final List<BindingSpec> BINDINGS = List.of(new BindingSpec(JOIN_RATE, "自治会・町内会の加入率",
            "Join rate of neighborhood associations", "%", List.of(Level.CITY, Level.WARD, Level.DISTRICT)));

    @Inject
    MembershipService membership;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<BindingSpec> bindings() {
        return BINDINGS;
    }

    @Override
    public Map<Figure, Value> compute(Set<Figure> figures) {
        Map<Scope, TreeSet<Integer>> years = new HashMap<>();
        for (Figure f : figures) {
            years.computeIfAbsent(new Scope(f.level(), f.scopeId()), k -> new TreeSet<>()).add(f.fiscalYear());
        }
        Map<Figure, Value> out = new HashMap<>();
        years.forEach((scope, ys) -> {
            Level level = scope.level();
            Long id = scope.id();
            PageParams all = new PageParams();
            all.size = Integer.MAX_VALUE;
            for (JoinRateRow row : membership.joinRates(new JoinRateFilter(level, level == Level.WARD ? id : null,
                    level == Level.DISTRICT ? id : null, ys.first(), ys.last()), all).items()) {
                if (ys.contains(row.fiscalYear()) && row.joinRate() != null
                        && (level == Level.CITY || Objects.equals(row.id(), id))) {
                    Figure f = new Figure(BINDINGS.get(0).code(), level, id, row.fiscalYear());
                    out.put(f, new Value(LiveIndicatorSource.percent(row.joinRate()), null));
                }
            }
        });
        return out;
    }

    private record Scope(Level level, Long id) {
    }
}

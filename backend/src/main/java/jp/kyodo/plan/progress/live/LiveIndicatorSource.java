package jp.kyodo.plan.progress.live;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.Binding;
import jp.kyodo.plan.progress.ProgressDtos.Baseline;

/**
 * 連動指標の元データ — data a live indicator can be bound to. Each implementation is an application-scoped CDI bean
 * and is found by {@link jp.kyodo.plan.progress.service.LiveIndicatorService}: a new kind of figure plugs in by adding a bean, nothing else changes.
 * A source is asked for all the figures a set of reports needs at once, so it reads its data once per call however
 * many reports there are.
 */
public interface LiveIndicatorSource {

    /** Where this source's bindings come in the list of bindings (lower first). */
    int order();

    /** The bindings this source computes, in the order they are listed. */
    List<BindingSpec> bindings();

    /**
     * The values of the figures asked for. A figure without data for its year is left out (or has a null actual).
     */
    Map<Figure, Value> compute(Set<Figure> figures);

    /** One figure: a binding of this source, for a scope (the scope id is null for CITY) and a fiscal year. */
    record Figure(Binding binding, Level level, Long scopeId, int fiscalYear) {
    }

    /** A figure's value now and, for figures measured against a baseline, the baseline year and its value. */
    record Value(BigDecimal actual, Baseline baseline) {
    }

    /** A share (0.3333) as a percentage with two decimals (33.33). */
    static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}

package jp.kyodo.plan.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.PlanDtos.BehindReason;


/**
 * Where initiatives stand as of a date: the latest reported status and the reasons they are behind their targets.
 * Four queries for any number of initiatives (targets, latest reports, reported-progress flags, open milestones);
 * a fiscal year has ended when asOf is after its 31 March.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StandingService {

    /** Latest status (absent when nothing is reported) and the behind reasons, in rule order. */
    public record Standing(ProgressStatus status, Integer statusFiscalYear, Integer statusHalf, List<BehindReason> behind) {
        public boolean isBehind() {
            return !behind.isEmpty();
        }
    }

    @Inject
    EntityManager em;

    public Standing of(long initiativeId, LocalDate asOf) {
        return of(List.of(initiativeId), asOf).get(initiativeId);
    }

    public Map<Long, Standing> of(Collection<Long> initiativeIds, LocalDate asOf) {
        Map<Long, Standing> result = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return result;
        }
        int current = Japanese.fiscalYearOf(asOf);
        // latest report up to asOf's fiscal year: highest (fiscal_year, half) per initiative
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object row : em.createNativeQuery("select p.initiative_id, p.status, p.fiscal_year, p.half from progress_report p"
                + " where p.initiative_id in (:ids) and p.fiscal_year <= :fy"
                + " and not exists (select 1 from progress_report q where q.initiative_id = p.initiative_id and q.fiscal_year <= :fy"
                + " and (q.fiscal_year > p.fiscal_year or (q.fiscal_year = p.fiscal_year and q.half > p.half)))")
                .setParameter("ids", initiativeIds).setParameter("fy", current).getResultList()) {
            Object[] a = (Object[]) row;
            latest.put(Rows.num(a[0]).longValue(), a);
        }
        Set<Long> progressed = new HashSet<>();
        for (Object id : em.createNativeQuery("select distinct p.initiative_id from progress_report p"
                + " where p.initiative_id in (:ids) and p.fiscal_year <= :fy and p.status <> 'NOT_STARTED'")
                .setParameter("ids", initiativeIds).setParameter("fy", current).getResultList()) {
            progressed.add(Rows.num(id).longValue());
        }
        Map<Long, List<BehindReason>> reasons = new HashMap<>();
        for (Object row : em.createNativeQuery("select t.initiative_id, t.kind, t.fiscal_year from initiative_target t"
                + " where t.initiative_id in (:ids) and t.fiscal_year < :fy and t.kind <> 'CONTINUE'"
                + " order by t.initiative_id, t.position")
                .setParameter("ids", initiativeIds).setParameter("fy", current).getResultList()) {
            Object[] a = (Object[]) row;
            long id = Rows.num(a[0]).longValue();
            int year = Rows.num(a[2]).intValue();
            Object[] last = latest.get(id);
            BehindRule rule = switch ((String) a[1]) {
                case "COMPLETE" -> last == null || !"COMPLETED".equals(last[1]) ? BehindRule.COMPLETE_OVERDUE : null;
                case "BEGIN" -> progressed.contains(id) ? null : BehindRule.BEGIN_NO_PROGRESS;
                case "START" -> progressed.contains(id) ? null : BehindRule.START_NO_PROGRESS;
                default -> null;
            };
            if (rule != null) {
                reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(new BehindReason(rule.name(), rule.ja, rule.en, year, null));
            }
        }
        for (Object row : em.createNativeQuery("select m.initiative_id, m.id, m.due_fiscal_year from milestone m"
                + " where m.initiative_id in (:ids) and m.due_fiscal_year < :fy and m.status <> 'DONE'"
                + " order by m.initiative_id, m.position")
                .setParameter("ids", initiativeIds).setParameter("fy", current).getResultList()) {
            Object[] a = (Object[]) row;
            BehindRule rule = BehindRule.MILESTONE_OVERDUE;
            reasons.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(new BehindReason(
                    rule.name(), rule.ja, rule.en, Rows.num(a[2]).intValue(), Rows.num(a[1]).longValue()));
        }
        for (Long id : initiativeIds) {
            Object[] last = latest.get(id);
            List<BehindReason> behind = reasons.getOrDefault(id, new ArrayList<>());
            ProgressStatus status = last == null ? null : ProgressStatus.valueOf(((String) last[1]).strip());
            if (status == ProgressStatus.DELAYED) {
                BehindRule rule = BehindRule.REPORTED_DELAYED;
                behind.add(new BehindReason(rule.name(), rule.ja, rule.en, Rows.num(last[2]).intValue(), null));
            }
            result.put(id, new Standing(status, last == null ? null : Rows.num(last[2]).intValue(),
                    last == null ? null : Rows.num(last[3]).intValue(), List.copyOf(behind)));
        }
        return result;
    }
}

package jp.kyodo.plan.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.TargetKind;
import jp.kyodo.plan.progress.Standings.Due;
import jp.kyodo.plan.progress.Standings.Report;
import jp.kyodo.plan.progress.Standings.Standing;
import jp.kyodo.plan.progress.Standings.Target;

/**
 * Where initiatives stand as of a date ({@link Standings}, the rules): three queries for any number of initiatives
 * (targets, reports, milestones), the rules applied to each initiative's rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StandingService {

    @Inject
    EntityManager em;

    public Map<Long, Standing> of(Collection<Long> initiativeIds, LocalDate asOf) {
        Map<Long, Standing> result = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return result;
        }
        Map<Long, List<Target>> targets = new HashMap<>();
        for (Object[] a : rows("select t.initiative_id, t.kind, t.fiscal_year from initiative_target t"
                + " where t.initiative_id in (:ids) order by t.initiative_id, t.position", initiativeIds)) {
            targets.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(new Target(
                    TargetKind.valueOf(((String) a[1]).strip()), a[2] == null ? null : Rows.num(a[2]).intValue()));
        }
        Map<Long, List<Report>> reports = new HashMap<>();
        for (Object[] a : rows("select p.initiative_id, p.fiscal_year, p.half, p.status from progress_report p"
                + " where p.initiative_id in (:ids)", initiativeIds)) {
            reports.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(new Report(Rows.num(a[1]).intValue(),
                    Rows.num(a[2]).intValue(), ProgressStatus.valueOf(((String) a[3]).strip())));
        }
        Map<Long, List<Due>> milestones = new HashMap<>();
        for (Object[] a : rows("select m.initiative_id, m.id, m.due_fiscal_year, m.status from milestone m"
                + " where m.initiative_id in (:ids) order by m.initiative_id, m.position", initiativeIds)) {
            milestones.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(new Due(Rows.num(a[1]).longValue(),
                    a[2] == null ? null : Rows.num(a[2]).intValue(), MilestoneStatus.valueOf(((String) a[3]).strip())));
        }
        for (Long id : initiativeIds) {
            result.put(id, Standings.of(targets.getOrDefault(id, List.of()), reports.getOrDefault(id, List.of()),
                    milestones.getOrDefault(id, List.of()), asOf));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }
}

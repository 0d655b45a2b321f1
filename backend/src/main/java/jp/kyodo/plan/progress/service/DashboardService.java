package jp.kyodo.plan.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.progress.ProgressDtos.PillarCounts;
import jp.kyodo.plan.progress.ProgressDtos.PlanDashboard;
import jp.kyodo.plan.progress.ProgressDtos.YearCounts;
import jp.kyodo.plan.progress.ProgressStatus;
import jp.kyodo.plan.service.InitiativeQueries;
import jp.kyodo.plan.service.PlanService;


/**
 * 進捗の概況 — a plan at a glance as of a date. The counts are GROUP BY queries: initiatives under each pillar by
 * their latest status (an initiative placed twice under a pillar counts once there), reports per year by status
 * (each initiative's latest period of the year) and published ratings per year. The behind list comes from the
 * standings of all the plan's initiatives, computed at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String NOT_REPORTED = "NOT_REPORTED";

    /** The latest report of p's initiative up to :fy — highest (fiscal_year, half), as the standings take it. */
    static final String LATEST = " not exists (select 1 from progress_report q where q.initiative_id = lr.initiative_id"
            + " and q.fiscal_year <= :fy and (q.fiscal_year > lr.fiscal_year or (q.fiscal_year = lr.fiscal_year and q.half > lr.half)))";

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    InitiativeQueries queries;

    public PlanDashboard dashboard(long planId, LocalDate asOf) {
        Plan plan = plans.findPlan(planId);
        LocalDate date = asOf == null ? java.time.LocalDate.now(clock) : asOf;
        int fy = Japanese.fiscalYearOf(date);
        List<PlanNode> nodes = PlanNode.ofPlan(planId);

        // pillars, the initiatives under each, and every initiative in tree order (first printed placement)
        Map<Long, Long> pillarOf = new HashMap<>();
        List<PlanNode> pillars = new ArrayList<>();
        Map<Long, Set<Long>> members = new HashMap<>();
        Map<Long, Initiative> initiatives = new LinkedHashMap<>();
        for (PlanNode n : nodes) {
            long pillar = n.parentId == null ? n.id : pillarOf.get(n.parentId);
            pillarOf.put(n.id, pillar);
            if (n.parentId == null) {
                pillars.add(n);
            }
            if (n.initiative != null) {
                members.computeIfAbsent(pillar, k -> new HashSet<>()).add(n.initiative.id);
                if (!n.relisted) {
                    initiatives.putIfAbsent(n.initiative.id, n.initiative);
                }
            }
        }
        for (PlanNode n : nodes) {
            if (n.initiative != null) {
                initiatives.putIfAbsent(n.initiative.id, n.initiative);
            }
        }
        Map<Long, InitiativeSummary> summaries = queries.summaries(initiatives.values(), date);
        List<InitiativeSummary> behind = initiatives.keySet().stream().map(summaries::get).filter(InitiativeSummary::behind).toList();

        Map<Long, Map<String, Long>> byPillar = new HashMap<>();
        for (Object row : em.createNativeQuery("select root.id, coalesce(lr.status, '" + NOT_REPORTED + "'), count(distinct pn.initiative_id)"
                + " from plan_node root join plan_node pn on pn.plan_id = root.plan_id and pn.initiative_id is not null"
                + " and pn.sort_path like root.sort_path || '.%'"
                + " left join progress_report lr on lr.initiative_id = pn.initiative_id and lr.fiscal_year <= :fy and" + LATEST
                + " where root.plan_id = :plan and root.parent_id is null"
                + " group by root.id, coalesce(lr.status, '" + NOT_REPORTED + "')")
                .setParameter("plan", planId).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            byPillar.computeIfAbsent(Rows.num(a[0]).longValue(), k -> statusCounts(true))
                    .put(((String) a[1]).strip(), Rows.num(a[2]).longValue());
        }
        List<PillarCounts> pillarCounts = new ArrayList<>();
        for (PlanNode p : pillars) {
            Map<String, Long> counts = byPillar.getOrDefault(p.id, statusCounts(true));
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long late = members.getOrDefault(p.id, Set.of()).stream().filter(id -> summaries.get(id).behind()).count();
            pillarCounts.add(new PillarCounts(p.id, p.code, p.title, total, counts, late));
        }
        return new PlanDashboard(plans.summary(plan), date, pillarCounts, behind, trend(plan, fy));
    }

    private List<YearCounts> trend(Plan plan, int fy) {
        Map<Integer, Map<String, Long>> statuses = new TreeMap<>();
        for (Object row : em.createNativeQuery("select lr.fiscal_year, lr.status, count(*) from progress_report lr"
                + " join initiative i on i.id = lr.initiative_id where i.plan_id = :plan and lr.fiscal_year <= :fy"
                + " and not exists (select 1 from progress_report q where q.initiative_id = lr.initiative_id"
                + " and q.fiscal_year = lr.fiscal_year and q.half > lr.half) group by lr.fiscal_year, lr.status")
                .setParameter("plan", plan.id).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            statuses.computeIfAbsent(Rows.num(a[0]).intValue(), k -> statusCounts(false))
                    .put(((String) a[1]).strip(), Rows.num(a[2]).longValue());
        }
        List<String> grades = new ArrayList<>();
        for (Object code : em.createNativeQuery("select code from rating_grade order by position").getResultList()) {
            grades.add(((String) code).strip());
        }
        Map<Integer, Map<String, Long>> ratings = new TreeMap<>();
        for (Object row : em.createNativeQuery("select e.fiscal_year, e.rating, count(*) from evaluation e where e.plan_id = :plan"
                + " and e.state = 'PUBLISHED' and e.initiative_id is not null and e.rating is not null and e.fiscal_year <= :fy"
                + " group by e.fiscal_year, e.rating").setParameter("plan", plan.id).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            ratings.computeIfAbsent(Rows.num(a[0]).intValue(), k -> zeros(grades))
                    .put(((String) a[1]).strip(), Rows.num(a[2]).longValue());
        }
        // the plan's years so far, and any other year with reports or ratings
        Set<Integer> years = new TreeSet<>();
        for (int y = plan.fromFiscalYear; y <= Math.min(plan.toFiscalYear, fy); y++) {
            years.add(y);
        }
        years.addAll(statuses.keySet());
        years.addAll(ratings.keySet());
        List<YearCounts> out = new ArrayList<>();
        for (int y : years) {
            Map<String, Long> s = statuses.getOrDefault(y, statusCounts(false));
            out.add(new YearCounts(y, s.values().stream().mapToLong(Long::longValue).sum(), s, ratings.getOrDefault(y, zeros(grades))));
        }
        return out;
    }

    /** Every status at zero, in order (with NOT_REPORTED first for pillars). */
    private static Map<String, Long> statusCounts(boolean notReported) {
        Map<String, Long> m = new LinkedHashMap<>();
        if (notReported) {
            m.put(NOT_REPORTED, 0L);
        }
        for (ProgressStatus s : ProgressStatus.values()) {
            m.put(s.name(), 0L);
        }
        return m;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }
}

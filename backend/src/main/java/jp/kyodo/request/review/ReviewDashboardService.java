package jp.kyodo.request.review;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.burden.LandingRule;
import jp.kyodo.request.review.ReviewDtos.Dashboard;
import jp.kyodo.request.review.ReviewDtos.DepartmentSeries;
import jp.kyodo.request.review.ReviewDtos.Progress;
import jp.kyodo.request.review.ReviewDtos.YearFigures;

/** 削減の状況 — the reduction dashboard of a review cycle and the city-wide figures of any years (grouped queries, {@link Reduction}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewDashboardService {

    @Inject
    EntityManager em;

    @Inject
    ReviewCycleService cycles;

    // ---- dashboard -------------------------------------------------------------------------------------

    private static String orgCounts(String yearCondition) {
        return LandingRule.receiverCountsSql(yearCondition);
    }

    public Dashboard dashboard(long cycleId) {
        ReviewCycle c = cycles.findCycle(cycleId);
        // the series runs from the baseline to the cycle's year (a later year is the subject of a later cycle)
        int from = c.baselineYear;
        int to = c.fiscalYear;
        // the years as literals (integers read from the cycle): PostgreSQL plans this statement for the range it
        // reads, never with a generic plan that cannot see how many years (docs/requests.md, "Generic plans")
        String years = " k.fiscal_year between " + from + " and " + to;
        // the kept figures per (year, section, kind) (KeptBurden): sections × years, not the inventory
        Query q = em.createNativeQuery("select k.fiscal_year, s.department_id, k.kind, sum(k.requests), sum(k.hours)"
                + " from kept_section_burden k join section s on s.id = k.section_id where" + years + " and k.requests > 0"
                + " group by k.fiscal_year, s.department_id, k.kind");
        record Cell(long coop, long notice, BigDecimal hours) {
            Cell add(String kind, long n, BigDecimal h) {
                return "COOPERATION".equals(kind) ? new Cell(coop + n, notice, hours.add(h))
                        : new Cell(coop, notice + n, hours.add(h));
            }
        }
        Cell empty = new Cell(0, 0, BigDecimal.ZERO);
        Map<Integer, Cell> city = new TreeMap<>();
        Map<Long, Map<Integer, Cell>> byDept = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            long dept = Rows.num(a[1]).longValue();
            String kind = ((String) a[2]).strip();
            long n = Rows.num(a[3]).longValue();
            BigDecimal h = Rows.dec(a[4]);
            city.merge(fy, empty.add(kind, n, h), (x, y) -> new Cell(x.coop + y.coop, x.notice + y.notice, x.hours.add(y.hours)));
            byDept.computeIfAbsent(dept, k -> new TreeMap<>())
                    .merge(fy, empty.add(kind, n, h), (x, y) -> new Cell(x.coop + y.coop, x.notice + y.notice, x.hours.add(y.hours)));
        }
        java.util.function.Function<Map<Integer, Cell>, List<YearFigures>> series = cells -> {
            Cell base = cells.getOrDefault(from, empty);
            List<YearFigures> out = new ArrayList<>();
            for (int y = from; y <= to; y++) {
                Cell x = cells.getOrDefault(y, empty);
                out.add(new YearFigures(y, x.coop, x.notice, BurdenService.hours(x.hours), Reduction.cut(base.coop, x.coop),
                        Reduction.cut(base.hours, x.hours)));
            }
            return out;
        };
        List<DepartmentSeries> departments = new ArrayList<>();
        if (!byDept.isEmpty()) {
            for (Object[] d : em.createQuery("select d.id, d.name, b.name from Department d join d.bureau b where d.id in :ids"
                    + " order by b.sortOrder, b.code, d.sortOrder, d.code", Object[].class)
                    .setParameter("ids", byDept.keySet()).getResultList()) {
                departments.add(new DepartmentSeries((Long) d[0], (String) d[1], (String) d[2], series.apply(byDept.get((Long) d[0]))));
            }
        }
        // decisions of this cycle, and what they take away from the cycle's year
        Query dq = em.createNativeQuery("select i.decision, r.kind, count(*), sum(coalesce(c.orgs, 0) * " + BurdenService.HOURS_PER_ORG
                + ") from review_item i join city_request r on r.id = i.request_id left join "
                + orgCounts("r.id in (select di.request_id from review_item di where di.cycle_id = :cycle and di.decision is not null)")
                + " c on c.cid = r.id where i.cycle_id = :cycle and i.decision is not null group by i.decision, r.kind");
        dq.setParameter("cycle", c.id);
        Map<String, Long> decisions = new TreeMap<>();
        long coopCut = 0;
        BigDecimal hoursCut = BigDecimal.ZERO;
        for (Object row : dq.getResultList()) {
            Object[] a = (Object[]) row;
            Decision d = Decision.valueOf(((String) a[0]).strip());
            String kind = ((String) a[1]).strip();
            long n = Rows.num(a[2]).longValue();
            decisions.merge(d.name(), n, Long::sum);
            if ("COOPERATION".equals(kind) && Reduction.removesCooperation(d)) {
                coopCut += n;
            }
            if (Reduction.removesHours(d)) {
                hoursCut = hoursCut.add(Rows.dec(a[3]));
            }
        }
        Progress p = cycles.progress(c);
        long decided = p.decided() + p.carriedOut();
        Cell year = city.getOrDefault(c.fiscalYear, empty);
        return new Dashboard(c.id, c.fiscalYear, c.baselineYear, series.apply(city), departments, decisions,
                Math.max(0, p.requests() - decided), Reduction.projected(year.coop, coopCut),
                BurdenService.hours(Reduction.projected(year.hours, hoursCut)));
    }

    /**
     * City-wide counted requests (協力依頼, 連絡・提案) and the effort hours landing on communities in each of the given
     * fiscal years — the same figures as the dashboard's city-wide series, for any years and without a cycle (one
     * grouped query). Years without counted requests are absent; the cuts are left empty (they need a baseline).
     */
    public Map<Integer, YearFigures> cityWide(java.util.Collection<Integer> years) {
        Map<Integer, YearFigures> out = new TreeMap<>();
        if (years.isEmpty()) {
            return out;
        }
        Query q = em.createNativeQuery("select k.fiscal_year, k.kind, sum(k.requests), sum(k.hours) from kept_section_burden k"
                + " where k.fiscal_year in (:years) and k.requests > 0 group by k.fiscal_year, k.kind");
        q.setParameter("years", years);
        Map<Integer, long[]> counts = new TreeMap<>();
        Map<Integer, BigDecimal> hours = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            boolean coop = "COOPERATION".equals(((String) a[1]).strip());
            counts.computeIfAbsent(fy, k -> new long[2])[coop ? 0 : 1] += Rows.num(a[2]).longValue();
            hours.merge(fy, Rows.dec(a[3]), BigDecimal::add);
        }
        counts.forEach((fy, n) -> out.put(fy, new YearFigures(fy, n[0], n[1], BurdenService.hours(hours.get(fy)), null, null)));
        return out;
    }
}

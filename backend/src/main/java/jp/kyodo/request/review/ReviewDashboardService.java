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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.burden.KeptBurden;
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

    @Inject
    KeptBurden burden;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    // ---- dashboard -------------------------------------------------------------------------------------

    /** The last dashboards written, per cycle, with the versions they were computed at. */
    private record Stored(long cycleVersion, long burdenVersion, byte[] json) {
    }

    /** Bounded: a cycle a year, the dashboard of the current one read most (at nation scale 0.6 MB each). */
    private static final int STORED = 8;

    private final Map<Long, Stored> stored = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(STORED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Stored> eldest) {
                    return size() > STORED;
                }
            });

    /**
     * The dashboard as JSON, written again only when something it shows may have changed: the bytes are kept per
     * cycle with the cycle's version and the burden writes' counter ({@link KeptBurden#version()}, moved by every
     * commit that changes burden figures, review items or the organization chart), both read again on every call.
     * The counter is read first, so bytes computed while a change commits are kept under the older counter and
     * written again on the next call: never older than what was committed when the call began. Every instance
     * keeps its own and reads the counter from the database, so none serves what another instance's write changed.
     */
    public byte[] dashboardJson(long cycleId) {
        long burdenVersion = burden.version();
        ReviewCycle c = cycles.findCycle(cycleId);
        Stored s = stored.get(cycleId);
        if (s != null && s.cycleVersion() == c.version && s.burdenVersion() == burdenVersion) {
            return s.json();
        }
        try {
            byte[] json = mapper.writeValueAsBytes(dashboard(c));
            stored.put(cycleId, new Stored(c.version, burdenVersion, json));
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Dashboard dashboard(long cycleId) {
        return dashboard(cycles.findCycle(cycleId));
    }

    private Dashboard dashboard(ReviewCycle c) {
        // the series runs from the baseline to the cycle's year (a later year is the subject of a later cycle)
        int from = c.baselineYear;
        int to = c.fiscalYear;
        // the years as literals (integers read from the cycle): PostgreSQL plans this statement for the range it
        // reads, never with a generic plan that cannot see how many years (docs/requests.md, "Generic plans")
        String years = " k.fiscal_year between " + from + " and " + to;
        // the kept figures per (year, section, kind) (KeptBurden), with their departments in the order shown:
        // sections × years, not the inventory
        Query q = em.createNativeQuery("select k.fiscal_year, d.id, d.name, b.name, k.kind, sum(k.requests), sum(k.hours)"
                + " from kept_section_burden k join section s on s.id = k.section_id join department d on d.id = s.department_id"
                + " join bureau b on b.id = d.bureau_id where" + years + " and k.requests > 0"
                + " group by k.fiscal_year, d.id, d.name, b.name, b.sort_order, b.code, d.sort_order, d.code, k.kind"
                + " order by b.sort_order, b.code, d.sort_order, d.code, k.fiscal_year");
        record Cell(long coop, long notice, BigDecimal hours) {
            Cell add(String kind, long n, BigDecimal h) {
                return "COOPERATION".equals(kind) ? new Cell(coop + n, notice, hours.add(h))
                        : new Cell(coop, notice + n, hours.add(h));
            }
        }
        record Named(long id, String name, String bureau) {
        }
        Cell empty = new Cell(0, 0, BigDecimal.ZERO);
        Map<Integer, Cell> city = new TreeMap<>();
        Map<Named, Map<Integer, Cell>> byDept = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            Named dept = new Named(Rows.num(a[1]).longValue(), (String) a[2], (String) a[3]);
            String kind = ((String) a[4]).strip();
            long n = Rows.num(a[5]).longValue();
            BigDecimal h = Rows.dec(a[6]);
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
        byDept.forEach((d, cells) -> departments.add(new DepartmentSeries(d.id(), d.name(), d.bureau(), series.apply(cells))));
        // decisions of this cycle, and what they take away from the cycle's year: the kept items and hours per
        // decision and kind (KeptReviewBurden), a handful of rows
        Query dq = em.createNativeQuery("select k.decision, k.kind, sum(k.items), sum(k.hours) from kept_review_burden k"
                + " where k.cycle_id = :cycle and k.decision <> '' and k.items > 0 group by k.decision, k.kind");
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

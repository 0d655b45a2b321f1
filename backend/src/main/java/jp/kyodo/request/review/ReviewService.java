package jp.kyodo.request.review;

import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.persistence.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Versions;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.burden.LandingRule;
import jp.kyodo.request.review.ReviewDtos.Compensation;
import jp.kyodo.request.review.ReviewDtos.CompletionInput;
import jp.kyodo.request.review.ReviewDtos.CycleInput;
import jp.kyodo.request.review.ReviewDtos.CycleResponse;
import jp.kyodo.request.review.ReviewDtos.Dashboard;
import jp.kyodo.request.review.ReviewDtos.DecisionInput;
import jp.kyodo.request.review.ReviewDtos.DepartmentSeries;
import jp.kyodo.request.review.ReviewDtos.ItemResponse;
import jp.kyodo.request.review.ReviewDtos.Progress;
import jp.kyodo.request.review.ReviewDtos.SelfAssessmentInput;
import jp.kyodo.request.review.ReviewDtos.YearFigures;
import jp.kyodo.request.service.RequestPolicy;
import jp.kyodo.request.service.CityRequestService;

/**
 * 見直し — cycles, the state of each request in its year's cycle (a request without a row is NOT_STARTED), the
 * decisions with their compensation formula, and the reduction dashboard.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    public static final String ITEM = "ReviewItem";

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser caller;

    @Inject
    RequestPolicy policy;

    @Inject
    CityRequestService requests;

    // ---- cycles ----------------------------------------------------------------------------------------

    public ReviewCycle findCycle(long id) {
        ReviewCycle c = ReviewCycle.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Review cycle", id);
        }
        return c;
    }

    public List<CycleResponse> cycles() {
        List<ReviewCycle> cycles = ReviewCycle.list("order by fiscalYear desc");
        return cycles.stream().map(c -> toResponse(c, progress(c))).toList();
    }

    public CycleResponse getCycle(long id) {
        ReviewCycle c = findCycle(id);
        return toResponse(c, progress(c));
    }

    /** 見直し: history stores the cycle without its progress; 412 answers carry it with its progress. */
    Aggregate<ReviewCycle> cycleAggregate() {
        return new Aggregate<>("ReviewCycle", c -> c.id, c -> c.version, c -> toResponse(c, null),
                c -> toResponse(c, progress(c)), null, c -> null);
    }

    /** A request in a cycle: its history shows in the request's; the version is checked against the item's ETag. */
    static final Aggregate<ReviewItem> ITEM_AGGREGATE = Aggregate.<ReviewItem>of(ITEM, i -> i.id, i -> i.version,
            ReviewService::auditState).withParent(CityRequestService.ENTITY, i -> i.request.id);

    static CycleResponse toResponse(ReviewCycle c, Progress p) {
        return new CycleResponse(c.id, c.fiscalYear, c.baselineYear, c.title, c.status, c.note, p, c.version);
    }

    Progress progress(ReviewCycle c) {
        long requests = (Long) em.createQuery("select count(r) from CityRequest r where r.fiscalYear = :fy and r.status <> :draft")
                .setParameter("fy", c.fiscalYear).setParameter("draft", RequestStatus.DRAFT).getSingleResult();
        Map<ItemState, Long> by = new EnumMap<>(ItemState.class);
        for (Object[] row : em.createQuery("select i.state, count(i) from ReviewItem i where i.cycle.id = :c group by i.state",
                Object[].class).setParameter("c", c.id).getResultList()) {
            by.put((ItemState) row[0], (Long) row[1]);
        }
        long started = by.values().stream().mapToLong(Long::longValue).sum();
        return new Progress(requests, Math.max(0, requests - started), by.getOrDefault(ItemState.SELF_ASSESSED, 0L),
                by.getOrDefault(ItemState.DECIDED, 0L), by.getOrDefault(ItemState.CARRIED_OUT, 0L));
    }

    @Transactional
    public CycleResponse createCycle(CycleInput in) {
        check(in);
        if (ReviewCycle.count("fiscalYear", in.fiscalYear()) > 0) {
            throw ProblemException.invalid("fiscalYear", "there is already a review cycle for " + in.fiscalYear(), "Unique");
        }
        ReviewCycle c = new ReviewCycle();
        apply(c, in);
        writes.create(cycleAggregate(), c);
        return toResponse(c, progress(c));
    }

    @Transactional
    public CycleResponse updateCycle(long id, CycleInput in, String ifMatch) {
        ReviewCycle c = writes.update(cycleAggregate(), findCycle(id), ifMatch, x -> {
            check(in);
            if (x.fiscalYear != in.fiscalYear()) {
                if (ReviewItem.count("cycle.id", x.id) > 0) {
                    throw ProblemException.invalid("fiscalYear", "cannot change the year of a cycle that has items", "Fixed");
                }
                if (ReviewCycle.count("fiscalYear", in.fiscalYear()) > 0) {
                    throw ProblemException.invalid("fiscalYear", "there is already a review cycle for " + in.fiscalYear(), "Unique");
                }
            }
            apply(x, in);
        });
        return toResponse(c, progress(c));
    }

    private static void check(CycleInput in) {
        if (in.baselineYear() > in.fiscalYear()) {
            throw ProblemException.invalid("baselineYear", "must not be after fiscalYear", "BaselineYear");
        }
    }

    private static void apply(ReviewCycle c, CycleInput in) {
        c.fiscalYear = in.fiscalYear();
        c.baselineYear = in.baselineYear();
        c.title = in.title().strip();
        c.status = in.status() == null ? "OPEN" : in.status();
        c.note = Strings.blankToNull(in.note());
    }

    // ---- items -----------------------------------------------------------------------------------------

    public record ItemFilter(ItemState state, Decision decision, Long sectionId, Long departmentId, RequestKind kind) {
    }

    /** Every counted request of the cycle's year with its state (left join: no row = NOT_STARTED). */
    public Page<ItemResponse> items(long cycleId, ItemFilter f, PageParams p) {
        ReviewCycle c = findCycle(cycleId);
        StringBuilder where = new StringBuilder(" where r.fiscalYear = :fy and r.status <> :draft");
        Map<String, Object> params = new HashMap<>();
        params.put("fy", c.fiscalYear);
        params.put("draft", RequestStatus.DRAFT);
        params.put("c", c.id);
        if (f.state() == ItemState.NOT_STARTED) {
            where.append(" and i.id is null");
        } else if (f.state() != null) {
            where.append(" and i.state = :state");
            params.put("state", f.state());
        }
        if (f.decision() != null) {
            where.append(" and i.decision = :decision");
            params.put("decision", f.decision());
        }
        if (f.sectionId() != null) {
            where.append(" and s.id = :section");
            params.put("section", f.sectionId());
        }
        if (f.departmentId() != null) {
            where.append(" and s.department.id = :department");
            params.put("department", f.departmentId());
        }
        if (f.kind() != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", f.kind());
        }
        String from = " from CityRequest r join r.section s left join ReviewItem i on i.request = r and i.cycle.id = :c";
        var count = em.createQuery("select count(r)" + from + where, Long.class);
        var query = em.createQuery("select r, i" + from + where + " order by s.code, r.code, r.id", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<Object[]> rows = query.setFirstResult(p.offset()).setMaxResults(p.size).getResultList();
        List<ItemResponse> items = rows.stream().map(a -> toResponse(c, (CityRequest) a[0], (ReviewItem) a[1])).toList();
        return new Page<>(items, count.getSingleResult(), p.page, p.size);
    }

    static ItemResponse toResponse(ReviewCycle c, CityRequest r, ReviewItem i) {
        if (i == null) {
            return new ItemResponse(c.id, r.id, r.code, r.title, r.section.id, r.section.name, r.kind,
                    ItemState.NOT_STARTED, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, 0);
        }
        Compensation comp = i.compensationFlat == null ? null : new Compensation(i.compensationFlat, i.compensationPerHousehold);
        return new ItemResponse(c.id, r.id, r.code, r.title, r.section.id, r.section.name, r.kind, i.state,
                i.selfAssessment, i.proposedDecision, i.selfAssessedBy, i.selfAssessedAt, i.decision, i.decisionReason,
                i.mergeInto == null ? null : i.mergeInto.id, i.effectiveYear, i.decidedBy, i.decidedAt, comp,
                i.carriedOutBy, i.carriedOutAt, i.carriedOutNote, i.version);
    }

    /** A counted request of the cycle's year, and its row if any. */
    record Target(ReviewCycle cycle, CityRequest request, ReviewItem item) {
    }

    Target target(long cycleId, long requestId) {
        ReviewCycle c = findCycle(cycleId);
        CityRequest r = CityRequest.findById(requestId);
        if (r == null || r.fiscalYear != c.fiscalYear || r.status == RequestStatus.DRAFT) {
            throw ProblemException.notFound("Request in review cycle " + cycleId, requestId);
        }
        ReviewItem i = ReviewItem.find("cycle.id = ?1 and request.id = ?2", c.id, r.id).firstResult();
        return new Target(c, r, i);
    }

    public ItemResponse item(long cycleId, long requestId) {
        Target t = target(cycleId, requestId);
        return toResponse(t.cycle(), t.request(), t.item());
    }

    private static void requireOpen(ReviewCycle c) {
        if (!"OPEN".equals(c.status)) {
            throw ProblemException.conflict("The review cycle is closed");
        }
    }

    private ReviewItem rowFor(Target t, String ifMatch) {
        ItemResponse current = toResponse(t.cycle(), t.request(), t.item());
        Versions.check(ifMatch, current.version(), () -> current);
        if (t.item() != null) {
            return t.item();
        }
        return ReviewItem.notStarted(t.cycle(), t.request());
    }

    /** Applies a step to the row and writes its history: a new row is created (first version 1), else updated. */
    private ReviewItem save(ReviewItem i, java.util.function.Consumer<ReviewItem> step) {
        if (i.id == null) {
            step.accept(i);
            return writes.create(ITEM_AGGREGATE, i);
        }
        return writes.update(ITEM_AGGREGATE, i, step);
    }

    @Transactional
    public ItemResponse selfAssess(long cycleId, long requestId, SelfAssessmentInput in, String ifMatch) {
        Target t = target(cycleId, requestId);
        policy.requireWrite(t.request().section.id);
        requireOpen(t.cycle());
        ReviewItem i = rowFor(t, ifMatch);
        save(i, x -> x.selfAssess(in.selfAssessment(), in.proposedDecision(), caller.username(), OffsetDateTime.now()));
        return toResponse(t.cycle(), t.request(), i);
    }

    @Transactional
    public ItemResponse decide(long cycleId, long requestId, DecisionInput in, String ifMatch) {
        Target t = target(cycleId, requestId);
        requireOpen(t.cycle());
        ReviewItem i = rowFor(t, ifMatch);
        i.requireDecidable();
        List<FieldProblem> errors = new ArrayList<>();
        CityRequest mergeInto = null;
        if (in.decision() == Decision.MERGE) {
            if (in.mergeIntoId() == null) {
                errors.add(new FieldProblem("mergeIntoId", "a MERGE names the request it is merged into", "NotNull"));
            } else {
                mergeInto = CityRequest.findById(in.mergeIntoId());
                if (mergeInto == null || mergeInto.status == RequestStatus.DRAFT) {
                    errors.add(new FieldProblem("mergeIntoId", "no such request", "Exists"));
                } else if (mergeInto.id.equals(requestId)) {
                    errors.add(new FieldProblem("mergeIntoId", "a request cannot be merged into itself", "NotSelf"));
                }
            }
        } else if (in.mergeIntoId() != null) {
            errors.add(new FieldProblem("mergeIntoId", "only for a MERGE", "OnlyMerge"));
        }
        if (in.decision() == Decision.COMPENSATE) {
            if (in.compensation() == null) {
                errors.add(new FieldProblem("compensation", "a COMPENSATE decision gives the formula", "NotNull"));
            } else if (in.compensation().flatPerOrganization() == 0 && in.compensation().perMemberHousehold() == 0) {
                errors.add(new FieldProblem("compensation", "the formula gives nothing", "Positive"));
            }
        } else if (in.compensation() != null) {
            errors.add(new FieldProblem("compensation", "only for a COMPENSATE decision", "OnlyCompensate"));
        }
        if (in.effectiveYear() < t.cycle().fiscalYear) {
            errors.add(new FieldProblem("effectiveYear", "must not be before the cycle's year " + t.cycle().fiscalYear, "Min"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CityRequest into = mergeInto;
        writes.update(ITEM_AGGREGATE, i, x -> x.decide(in.decision(), in.reason(), into, in.effectiveYear(),
                in.compensation() == null ? null : in.compensation().flatPerOrganization(),
                in.compensation() == null ? null : in.compensation().perMemberHousehold(), caller.username(),
                OffsetDateTime.now()));
        return toResponse(t.cycle(), t.request(), i);
    }

    @Transactional
    public ItemResponse complete(long cycleId, long requestId, CompletionInput in, String ifMatch) {
        Target t = target(cycleId, requestId);
        ReviewItem.requireDecided(t.item());
        ReviewItem i = t.item();
        if (ifMatch != null) {
            Versions.check(ifMatch, i.version, () -> toResponse(t.cycle(), t.request(), i));
        }
        writes.update(ITEM_AGGREGATE, i, x -> x.carryOut(in == null ? null : Strings.blankToNull(in.note()),
                caller.username(), OffsetDateTime.now()));
        return toResponse(t.cycle(), t.request(), i);
    }

    static Map<String, Object> auditState(ReviewItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycleId", i.cycle.id);
        m.put("fiscalYear", i.cycle.fiscalYear);
        m.put("state", i.state);
        m.put("selfAssessment", i.selfAssessment);
        m.put("proposedDecision", i.proposedDecision);
        m.put("decision", i.decision);
        m.put("decisionReason", i.decisionReason);
        m.put("mergeIntoId", i.mergeInto == null ? null : i.mergeInto.id);
        m.put("effectiveYear", i.effectiveYear);
        m.put("compensationFlat", i.compensationFlat);
        m.put("compensationPerHousehold", i.compensationPerHousehold);
        m.put("carriedOutNote", i.carriedOutNote);
        return m;
    }

    // ---- dashboard -------------------------------------------------------------------------------------

    private static String orgCounts(String yearCondition) {
        return LandingRule.receiverCountsSql(yearCondition);
    }

    public Dashboard dashboard(long cycleId) {
        ReviewCycle c = findCycle(cycleId);
        // the series runs from the baseline to the cycle's year (a later year is the subject of a later cycle)
        int from = c.baselineYear;
        int to = c.fiscalYear;
        Query q = em.createNativeQuery("select r.fiscal_year, s.department_id, r.kind, count(*), sum(coalesce(c.orgs, 0) * "
                + BurdenService.HOURS_PER_ORG + ") from city_request r join section s on s.id = r.section_id left join "
                + orgCounts("r.fiscal_year between :a and :b") + " c on c.cid = r.id"
                + " where r.fiscal_year between :a and :b and" + BurdenService.COUNTED
                + " group by r.fiscal_year, s.department_id, r.kind");
        q.setParameter("a", from).setParameter("b", to);
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
                out.add(new YearFigures(y, x.coop, x.notice, BurdenService.hours(x.hours), cut(base.coop, x.coop),
                        cut(base.hours, x.hours)));
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
                + orgCounts("r.fiscal_year = :fy") + " c on c.cid = r.id"
                + " where i.cycle_id = :cycle and i.decision is not null group by i.decision, r.kind");
        dq.setParameter("fy", c.fiscalYear).setParameter("cycle", c.id);
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
        Progress p = progress(c);
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
        Query q = em.createNativeQuery("select r.fiscal_year, r.kind, count(*), sum(coalesce(c.orgs, 0) * "
                + BurdenService.HOURS_PER_ORG + ") from city_request r left join "
                + orgCounts("r.fiscal_year in (:years)") + " c on c.cid = r.id"
                + " where r.fiscal_year in (:years) and" + BurdenService.COUNTED + " group by r.fiscal_year, r.kind");
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

    /** Share cut since the baseline: (base − now) ÷ base, 4 decimals; absent when the baseline is zero. */
    public static BigDecimal cut(long base, long now) {
        return Reduction.cut(base, now);
    }

    /** The same for hours ({@link Reduction#cut}). */
    public static BigDecimal cut(BigDecimal base, BigDecimal now) {
        return Reduction.cut(base, now);
    }
}

package jp.kyodo.request.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Versions;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.burden.KeptReviewBurden;
import jp.kyodo.request.review.ReviewDtos.Compensation;
import jp.kyodo.request.review.ReviewDtos.CompletionInput;
import jp.kyodo.request.review.ReviewDtos.Dashboard;
import jp.kyodo.request.review.ReviewDtos.DecisionInput;
import jp.kyodo.request.review.ReviewDtos.ItemResponse;
import jp.kyodo.request.review.ReviewDtos.SelfAssessmentInput;
import jp.kyodo.request.review.ReviewDtos.YearFigures;
import jp.kyodo.request.service.CityRequestService;
import jp.kyodo.request.service.RequestPolicy;

/**
 * 見直し — the state of each request in its year's cycle (a request without a row is NOT_STARTED): the section's
 * self-assessment, the office's decision with its compensation formula, its completion. Cycles are
 * {@link ReviewCycleService}, the dashboard {@link ReviewDashboardService}, amounts {@link CompensationService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    @jakarta.inject.Inject
    java.time.Clock clock;

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
    ReviewCycleService cycles;

    @Inject
    ReviewDashboardService dashboards;

    /** The items and hours kept per cycle, state, decision and kind: moved by every review step. */
    @Inject
    KeptReviewBurden keptItems;

    /** A request in a cycle: its history shows in the request's; the version is checked against the item's ETag. */
    static final Aggregate<ReviewItem> ITEM_AGGREGATE = Aggregate.<ReviewItem>of(ITEM, i -> i.id, i -> i.version,
            ReviewService::auditState).withParent(CityRequestService.ENTITY, i -> i.request.id);

    // ---- items -----------------------------------------------------------------------------------------

    public record ItemFilter(ItemState state, Decision decision, Long sectionId, Long departmentId, RequestKind kind) {
    }

    /** Every counted request of the cycle's year with its state (left join: no row = NOT_STARTED). */
    public Page<ItemResponse> items(long cycleId, ItemFilter f, PageParams p) {
        ReviewCycle c = cycles.findCycle(cycleId);
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
                    null, 0, null, null);
        }
        Compensation comp = i.compensationFlat == null ? null : new Compensation(i.compensationFlat, i.compensationPerHousehold);
        return new ItemResponse(c.id, r.id, r.code, r.title, r.section.id, r.section.name, r.kind, i.state,
                i.selfAssessment, i.proposedDecision, i.selfAssessedBy, i.selfAssessedAt, i.decision, i.decisionReason,
                i.mergeInto == null ? null : i.mergeInto.id, i.effectiveYear, i.decidedBy, i.decidedAt, comp,
                i.carriedOutBy, i.carriedOutAt, i.carriedOutNote, i.version, i.createdAt, i.updatedAt);
    }

    /** A counted request of the cycle's year, and its row if any. */
    record Target(ReviewCycle cycle, CityRequest request, ReviewItem item) {
    }

    Target target(long cycleId, long requestId) {
        ReviewCycle c = cycles.findCycle(cycleId);
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
        KeptReviewBurden.Before kept = keptItems.before(List.of(t.request().id));
        save(i, x -> x.selfAssess(in.selfAssessment(), in.proposedDecision(), caller.username(), OffsetDateTime.now(clock)));
        keptItems.after(kept);
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
        KeptReviewBurden.Before kept = keptItems.before(List.of(t.request().id));
        writes.update(ITEM_AGGREGATE, i, x -> x.decide(in.decision(), in.reason(), into, in.effectiveYear(),
                in.compensation() == null ? null : in.compensation().flatPerOrganization(),
                in.compensation() == null ? null : in.compensation().perMemberHousehold(), caller.username(),
                OffsetDateTime.now(clock)));
        keptItems.after(kept);
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
        KeptReviewBurden.Before kept = keptItems.before(List.of(t.request().id));
        writes.update(ITEM_AGGREGATE, i, x -> x.carryOut(in == null ? null : Strings.blankToNull(in.note()),
                caller.username(), OffsetDateTime.now(clock)));
        keptItems.after(kept);
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

    // ---- for the plans' indicators and report ------------------------------------------------------------

    /** The reduction dashboard of a cycle ({@link ReviewDashboardService#dashboard}). */
    public Dashboard dashboard(long cycleId) {
        return dashboards.dashboard(cycleId);
    }

    /** City-wide figures of the given years ({@link ReviewDashboardService#cityWide}). */
    public Map<Integer, YearFigures> cityWide(java.util.Collection<Integer> years) {
        return dashboards.cityWide(years);
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

package jp.kyodo.request.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.request.review.ReviewDtos.CycleInput;
import jp.kyodo.request.review.ReviewDtos.CycleResponse;
import jp.kyodo.request.review.ReviewDtos.Progress;

/** 見直し — the review cycles: one per fiscal year, against a baseline year, with the progress of its requests. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewCycleService {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

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
        return Aggregate.<ReviewCycle>of("ReviewCycle", c -> c.id, c -> c.version, c -> toResponse(c, null))
                .withRepresentation(c -> toResponse(c, progress(c)));
    }

    static CycleResponse toResponse(ReviewCycle c, Progress p) {
        return new CycleResponse(c.id, c.fiscalYear, c.baselineYear, c.title, c.status, c.note, p, c.version, c.createdAt, c.updatedAt);
    }

    Progress progress(ReviewCycle c) {
        // the year's counted requests (not drafts) and the cycle's items per state, from the kept rows
        // (KeptBurden's per (year, kind), KeptReviewBurden): a few rows, not the year's requests and the cycle's items
        long requests = Rows.num(em.createNativeQuery("select coalesce(sum(y.counted), 0) from kept_year_requests y"
                + " where y.fiscal_year = :fy").setParameter("fy", c.fiscalYear).getSingleResult()).longValue();
        Map<ItemState, Long> by = new EnumMap<>(ItemState.class);
        for (Object row : em.createNativeQuery("select k.state, sum(k.items) from kept_review_burden k where k.cycle_id = :c"
                + " group by k.state").setParameter("c", c.id).getResultList()) {
            Object[] a = (Object[]) row;
            by.put(ItemState.valueOf(((String) a[0]).strip()), Rows.num(a[1]).longValue());
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
}

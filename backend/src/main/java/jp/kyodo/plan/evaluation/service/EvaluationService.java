package jp.kyodo.plan.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.evaluation.Evaluation;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationResponse;
import jp.kyodo.plan.service.InitiativeQueries;
import jp.kyodo.plan.service.PlanService;

/**
 * 評価 — evaluations one by one: reading them, every revision of an initiative's, and correcting a published one with
 * a new revision. How a change is recorded (in the initiative's history; the opinion's in the plan's) and the plan
 * lock that puts a plan's evaluation writes one after the other are here; the year's sheet is
 * {@link EvaluationSheetService}'s.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String ENTITY = "Evaluation";

    @Inject
    EntityManager em;

    @Inject
    InitiativeQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    /** Now in Japan, to the millisecond (what both databases store exactly). */
    public static LocalDateTime now(java.time.Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public static OffsetDateTime at(LocalDateTime t) {
        return t == null ? null : t.atZone(Japanese.ZONE).toOffsetDateTime();
    }

    public static EvaluationResponse toResponse(Evaluation e) {
        return new EvaluationResponse(e.id, e.planId, e.initiativeId, e.fiscalYear, e.revision, e.state, e.rating, e.comment,
                e.recommendation, e.correctionReason, e.writtenBy, at(e.finalizedAt), at(e.publishedAt), at(e.supersededAt),
                e.version, e.createdAt, e.updatedAt);
    }

    public static Map<String, Object> auditState(Evaluation e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fiscalYear", e.fiscalYear);
        s.put("revision", e.revision);
        s.put("state", e.state);
        s.put("rating", e.rating);
        s.put("comment", e.comment);
        s.put("recommendation", e.recommendation);
        s.put("correctionReason", e.correctionReason);
        return s;
    }

    /** 評価, in its initiative's history. */
    static final Aggregate<Evaluation> EVALUATION = Aggregate.<Evaluation>of(ENTITY, e -> e.id, e -> e.version,
            EvaluationService::toResponse).withState(EvaluationService::auditState)
            .withParent(PlanService.ENTITY_INITIATIVE, e -> e.initiativeId);
    /** 総評, in the plan's history. */
    static final Aggregate<Evaluation> OPINION = EVALUATION.withParent(PlanService.ENTITY_PLAN, e -> e.planId);

    /** How a change of an evaluation is recorded: where its initiative's history (the opinion: the plan's) shows it. */
    public static Aggregate<Evaluation> aggregate(Evaluation e) {
        return e.isOpinion() ? OPINION : EVALUATION;
    }

    /** The plan, locked for the rest of the transaction: evaluation writes of one plan happen one after the other. */
    public Plan lockPlan(long planId) {
        Plan p = em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("plan", planId);
        }
        return p;
    }

    public Evaluation find(long id) {
        Evaluation e = Evaluation.findById(id);
        if (e == null) {
            throw ProblemException.notFound("evaluation", id);
        }
        return e;
    }

    public EvaluationResponse get(long id) {
        return toResponse(find(id));
    }

    /** Every revision of every year of an initiative, newest first. */
    public List<EvaluationResponse> ofInitiative(long initiativeId) {
        queries.findInitiative(initiativeId);
        return em.createQuery("from Evaluation e where e.initiativeId = :i order by e.fiscalYear desc, e.revision desc, e.id desc",
                Evaluation.class).setParameter("i", initiativeId).getResultList().stream().map(EvaluationService::toResponse).toList();
    }

    /** Every evaluation of a plan's year (all revisions, the opinion's included), oldest revision first. */
    public List<Evaluation> ofYear(long planId, int fiscalYear) {
        return em.createQuery("from Evaluation e where e.planId = :p and e.fiscalYear = :fy order by e.revision, e.id", Evaluation.class)
                .setParameter("p", planId).setParameter("fy", fiscalYear).getResultList();
    }

    /** The current (latest) revision per initiative; the opinion under the key null. */
    public static Map<Long, Evaluation> current(List<Evaluation> evaluations) {
        Map<Long, Evaluation> out = new HashMap<>();
        for (Evaluation e : evaluations) {
            Evaluation c = out.get(e.initiativeId);
            if (c == null || e.revision > c.revision) {
                out.put(e.initiativeId, e);
            }
        }
        return out;
    }

    /** 訂正: a new DRAFT revision of a published evaluation that is the current one; it goes the same way. */
    @Transactional
    public EvaluationResponse correct(long id, String reason) {
        Evaluation e = find(id);
        lockPlan(e.planId);
        Evaluation c = e.correction(reason, currentUser.username());
        var q = em.createQuery("select max(x.revision) from Evaluation x where x.planId = :p and x.fiscalYear = :fy and "
                + (e.isOpinion() ? "x.initiativeId is null" : "x.initiativeId = :i"), Integer.class)
                .setParameter("p", e.planId).setParameter("fy", e.fiscalYear);
        if (!e.isOpinion()) {
            q.setParameter("i", e.initiativeId);
        }
        int latest = q.getSingleResult();
        if (latest > e.revision) {
            throw ProblemException.conflict("Revision " + latest + " already corrects revision " + e.revision + "; edit that one");
        }
        return toResponse(writes.create(aggregate(c), c));
    }
}

package jp.kyodo.plan.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jp.kyodo.common.persistence.Rows;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.evaluation.Evaluation;
import jp.kyodo.plan.evaluation.EvaluationState;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.publication.PublicationDtos.PublicReport;
import jp.kyodo.plan.publication.PublicationDtos.PublicRevision;
import jp.kyodo.plan.publication.PublicationDtos.PublishedReportSummary;
import jp.kyodo.plan.publication.PublishedReport;
import jp.kyodo.plan.service.PlanService;


/**
 * 公表 — the office publishes a plan's year: the finalized evaluations become published (superseding the versions
 * they correct) and the year's report is stored as an immutable snapshot, all in one transaction. Publishing again
 * adds a revision; earlier revisions stay readable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicationService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String ENTITY = "PublishedReport";
    public static final String RULE_NOTHING = "publication-nothing-to-publish";

    @Inject
    StoredReports storedReports;

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    EvaluationService evaluations;

    @Inject
    ReportBuilder builder;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    ObjectMapper mapper;

    /** Every published revision of the plan, newest year and revision first. */
    public List<PublishedReportSummary> reports(long planId) {
        Plan plan = plans.findPlan(planId);
        return em.createQuery("from PublishedReport r where r.planId = :p order by r.fiscalYear desc, r.revision desc",
                PublishedReport.class).setParameter("p", planId).getResultList().stream().map(r -> summary(plan, r)).toList();
    }

    static PublishedReportSummary summary(Plan plan, PublishedReport r) {
        return new PublishedReportSummary(plan.id, plan.code, r.fiscalYear, r.revision, EvaluationService.at(r.publishedAt),
                r.publishedBy, r.note);
    }

    /** The report as publishing the year now would store it (nothing is changed). */
    public PublicReport preview(long planId, int fiscalYear) {
        Plan plan = plans.findPlan(planId);
        PublicReport r = builder.build(plan, fiscalYear, true);
        List<PublicRevision> revisions = revisions(planId, fiscalYear);
        int next = revisions.isEmpty() ? 1 : revisions.get(0).revision() + 1;
        return new PublicReport(r.plan(), fiscalYear, next, null, null, revisions.isEmpty() ? null : revisions, r.grades(),
                r.opinion(), r.requestReview(), r.nodes());
    }

    /** The published revisions of a year, newest first. */
    public List<PublicRevision> revisions(long planId, int fiscalYear) {
        return em.createQuery("from PublishedReport r where r.planId = :p and r.fiscalYear = :fy order by r.revision desc",
                PublishedReport.class).setParameter("p", planId).setParameter("fy", fiscalYear).getResultList().stream()
                .map(r -> new PublicRevision(r.revision, EvaluationService.at(r.publishedAt), r.note)).toList();
    }

    /**
     * Publishes the year: FINALIZED → PUBLISHED, the published revisions they correct → SUPERSEDED, and the snapshot
     * stored as the next revision. Refused (422) when the year has neither a progress report nor a finalized or
     * published evaluation: there would be nothing to read.
     */
    @Transactional
    public PublishedReportSummary publish(long planId, int fiscalYear, String note) {
        return publish(planId, fiscalYear, note, EvaluationService.now(clock));
    }

    /** Publishes at the given time (Japan): the demo data backdates what the office did in 2010. */
    @Transactional
    public PublishedReportSummary publish(long planId, int fiscalYear, String note, LocalDateTime now) {
        Plan plan = evaluations.lockPlan(planId);
        List<Evaluation> all = evaluations.ofYear(planId, fiscalYear);
        boolean evaluated = all.stream().anyMatch(e -> e.state == EvaluationState.FINALIZED || e.state == EvaluationState.PUBLISHED);
        long reported = Rows.num(em.createNativeQuery("select count(*) from progress_report p join initiative i on"
                + " i.id = p.initiative_id where i.plan_id = :plan and p.fiscal_year = :fy").setParameter("plan", planId)
                .setParameter("fy", fiscalYear).getSingleResult()).longValue();
        if (!evaluated && reported == 0) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, fiscalYear + " has no progress report and no finalized"
                    + " evaluation: there is nothing to publish", RULE_NOTHING, List.of(), null, Map.of());
        }
        String me = currentUser.username();
        int published = 0;
        for (Evaluation f : all) {
            if (f.state != EvaluationState.FINALIZED) {
                continue;
            }
            for (Evaluation p : all) {
                if (p.isSupersededBy(f)) {
                    writes.update(EvaluationService.aggregate(p), p, x -> x.supersede(now));
                }
            }
            writes.update(EvaluationService.aggregate(f), f, x -> x.publish(me, now));
            published++;
        }
        PublicReport built = builder.build(plan, fiscalYear, false);
        Integer max = em.createQuery("select max(r.revision) from PublishedReport r where r.planId = :p and r.fiscalYear = :fy",
                Integer.class).setParameter("p", planId).setParameter("fy", fiscalYear).getSingleResult();
        int revision = max == null ? 1 : max + 1;
        String text = note == null || note.isBlank() ? null : note.strip();
        PublicReport snapshot = new PublicReport(built.plan(), fiscalYear, revision, EvaluationService.at(now), text, null,
                built.grades(), built.opinion(), built.requestReview(), built.nodes());
        PublishedReport r = new PublishedReport();
        r.planId = planId;
        r.fiscalYear = fiscalYear;
        r.revision = revision;
        r.publishedBy = me;
        r.publishedAt = now;
        r.note = text;
        r.content = json(snapshot);
        storedReports.complete(r);
        int count = published;
        // the history shows the snapshot's key fields and how many evaluations it published, in the plan's history
        Aggregate<PublishedReport> report = Aggregate.<PublishedReport>of(ENTITY, x -> x.id, x -> 0L, x -> summary(plan, x))
                .withState(x -> {
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("fiscalYear", x.fiscalYear);
                    after.put("revision", x.revision);
                    after.put("note", x.note);
                    after.put("evaluationsPublished", count);
                    return after;
                }).withParent(PlanService.ENTITY_PLAN, x -> x.planId);
        return summary(plan, writes.create(report, r));
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

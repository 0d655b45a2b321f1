package jp.kyodo.plan.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanDtos.TargetDto;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.evaluation.Evaluation;
import jp.kyodo.plan.evaluation.EvaluationState;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.evaluation.service.RatingScaleService;
import jp.kyodo.plan.progress.ProgressDtos.ProgressReportResponse;
import jp.kyodo.plan.progress.service.ProgressService;
import jp.kyodo.plan.publication.PublicationDtos.PublicEarlierEvaluation;
import jp.kyodo.plan.publication.PublicationDtos.PublicEvaluation;
import jp.kyodo.plan.publication.PublicationDtos.PublicEvidence;
import jp.kyodo.plan.publication.PublicationDtos.PublicIndicator;
import jp.kyodo.plan.publication.PublicationDtos.PublicInitiative;
import jp.kyodo.plan.publication.PublicationDtos.PublicNode;
import jp.kyodo.plan.publication.PublicationDtos.PublicPlan;
import jp.kyodo.plan.publication.PublicationDtos.PublicProgress;
import jp.kyodo.plan.publication.PublicationDtos.PublicReport;
import jp.kyodo.plan.publication.PublicationDtos.RequestReviewSummary;
import jp.kyodo.plan.service.InitiativeQueries;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.request.review.ReviewCycle;
import jp.kyodo.request.review.ReviewDtos.Dashboard;
import jp.kyodo.request.review.ReviewDtos.YearFigures;
import jp.kyodo.request.review.ReviewService;

/**
 * Builds a year's {@link PublicReport} from the data as it is now: the whole tree, each initiative's progress of the
 * year (live indicators computed now), its published evaluation with the earlier versions a correction replaced, the
 * opinion, the grades and the request-review figures. Only what may be public is copied: no usernames, no names of
 * people, no drafts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportBuilder {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    InitiativeQueries queries;

    @Inject
    EvaluationService evaluations;

    @Inject
    RatingScaleService scale;

    @Inject
    ProgressService progress;

    @Inject
    ReviewService reviews;

    /**
     * The report without revision, time and note (the caller adds them). A preview shows the FINALIZED evaluations as
     * they would be published; a publication calls this after they have become PUBLISHED.
     */
    public PublicReport build(Plan plan, int fiscalYear, boolean preview) {
        List<PlanNode> nodes = PlanNode.ofPlan(plan.id);
        Map<Long, Initiative> initiatives = new LinkedHashMap<>();
        for (PlanNode n : nodes) {
            if (n.initiative != null) {
                initiatives.putIfAbsent(n.initiative.id, n.initiative);
            }
        }
        Map<Long, InitiativeSummary> summaries = queries.summaries(initiatives.values(), java.time.LocalDate.now(clock));
        Map<Long, List<ProgressReportResponse>> reports = progress.forYear(initiatives.keySet(), fiscalYear);
        Map<Long, List<Evaluation>> byInitiative = new HashMap<>();
        for (Evaluation e : evaluations.ofYear(plan.id, fiscalYear)) {
            byInitiative.computeIfAbsent(e.initiativeId, k -> new ArrayList<>()).add(e);
        }
        Map<Long, PublicInitiative> published = new HashMap<>();
        for (Initiative i : initiatives.values()) {
            InitiativeSummary s = summaries.get(i.id);
            List<TargetDto> targets = s == null ? List.of() : s.targets();
            published.put(i.id, new PublicInitiative(i.refKey, i.title, i.tag, List.copyOf(i.points), List.copyOf(i.notes), targets,
                    reports.getOrDefault(i.id, List.of()).stream().map(ReportBuilder::progress).toList(),
                    evaluation(byInitiative.getOrDefault(i.id, List.of()), preview)));
        }
        Map<Long, List<PlanNode>> children = new HashMap<>();
        List<PlanNode> roots = new ArrayList<>();
        for (PlanNode n : nodes) {
            if (n.parentId == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n);
            }
        }
        List<PublicNode> tree = roots.stream().map(r -> node(r, children, published)).toList();
        PublicPlan p = new PublicPlan(plan.code, plan.name, plan.nameEn, plan.owner, plan.fromFiscalYear, plan.toFiscalYear);
        return new PublicReport(p, fiscalYear, 0, null, null, null, scale.grades(),
                evaluation(byInitiative.getOrDefault(null, List.of()), preview), requestReview(fiscalYear), tree);
    }

    private static PublicNode node(PlanNode n, Map<Long, List<PlanNode>> children, Map<Long, PublicInitiative> initiatives) {
        List<PublicNode> kids = children.getOrDefault(n.id, List.of()).stream().map(c -> node(c, children, initiatives)).toList();
        return new PublicNode(n.depth, n.levelName, n.code, n.title, n.description, n.relisted,
                n.initiative == null ? null : initiatives.get(n.initiative.id), kids);
    }

    private static PublicProgress progress(ProgressReportResponse r) {
        return new PublicProgress(r.half(), r.status(), r.done(),
                r.evidence() == null ? List.of() : r.evidence().stream().map(e -> new PublicEvidence(e.label(), e.url())).toList(),
                r.indicators() == null ? List.of() : r.indicators().stream().map(x -> new PublicIndicator(x.name(), x.unit(), x.target(),
                        x.actual(), x.live(), x.live() ? x.scopeName() : null)).toList());
    }

    /**
     * The evaluation the public sees: the latest published revision (in a preview, also a finalized one, which publishing
     * would publish) and the earlier published versions it replaces. Drafts never appear.
     */
    static PublicEvaluation evaluation(List<Evaluation> revisions, boolean preview) {
        Set<EvaluationState> shown = preview ? EnumSet.of(EvaluationState.PUBLISHED, EvaluationState.FINALIZED)
                : EnumSet.of(EvaluationState.PUBLISHED);
        Evaluation current = revisions.stream().filter(e -> shown.contains(e.state)).max(Comparator.comparingInt(e -> e.revision))
                .orElse(null);
        if (current == null) {
            return null;
        }
        List<PublicEarlierEvaluation> earlier = revisions.stream()
                .filter(e -> e.revision < current.revision
                        && (e.state == EvaluationState.PUBLISHED || e.state == EvaluationState.SUPERSEDED))
                .sorted(Comparator.comparingInt((Evaluation e) -> e.revision).reversed())
                .map(e -> new PublicEarlierEvaluation(e.revision, e.rating, e.comment, e.recommendation, EvaluationService.at(e.publishedAt)))
                .toList();
        return new PublicEvaluation(current.rating, current.revision, current.comment, current.recommendation,
                current.correctionReason, EvaluationService.at(current.publishedAt), earlier.isEmpty() ? null : earlier);
    }

    /** 協力依頼 and effort hours of the year against the baseline of the year's review cycle; null without a cycle. */
    RequestReviewSummary requestReview(int fiscalYear) {
        ReviewCycle c = ReviewCycle.<ReviewCycle>find("fiscalYear", fiscalYear).firstResult();
        if (c == null) {
            return null;
        }
        Dashboard d = reviews.dashboard(c.id);
        YearFigures now = null;
        YearFigures base = null;
        for (YearFigures y : d.cityWide()) {
            if (y.fiscalYear() == c.fiscalYear) {
                now = y;
            }
            if (y.fiscalYear() == c.baselineYear) {
                base = y;
            }
        }
        if (now == null || base == null) {
            return null;
        }
        return new RequestReviewSummary(c.fiscalYear, c.baselineYear, now.cooperationRequests(), base.cooperationRequests(),
                now.cooperationCut(), now.annualHours(), base.annualHours(), now.hoursCut());
    }
}

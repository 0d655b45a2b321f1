package jp.kyodo.plan.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Versions;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.evaluation.Evaluation;
import jp.kyodo.plan.evaluation.EvaluationDtos.Counts;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationRow;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationSheet;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationSheetInput;
import jp.kyodo.plan.evaluation.EvaluationDtos.OpinionInput;
import jp.kyodo.plan.evaluation.EvaluationDtos.RowInput;
import jp.kyodo.plan.evaluation.EvaluationState;
import jp.kyodo.plan.progress.ProgressStatus;
import jp.kyodo.plan.service.PlanService;

/**
 * 評価シート — the committee's sheet of a plan's year: every initiative in tree order with its progress status and
 * current evaluation; drafts saved all or none (the sheet's If-Match and each row's version checked under the plan's
 * lock, in the saving transaction); finalization of the year's drafts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationSheetService {

    @jakarta.inject.Inject
    java.time.Clock clock;
    public static final String RULE_RATING_REQUIRED = "evaluation-rating-required";

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    RatingScaleService scale;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    EvaluationService evaluations;

    /** The plan's initiatives in tree order (first placement that is not 【再掲】), each once, with its path. */
    public record Placed(Initiative initiative, String path) {
    }

    public List<Placed> initiativesInOrder(long planId) {
        List<PlanNode> nodes = PlanNode.ofPlan(planId);
        Map<Long, String> paths = PlanNode.paths(nodes);
        Map<Long, Placed> out = new LinkedHashMap<>();
        for (PlanNode n : nodes) {
            if (n.initiative != null && !n.relisted) {
                out.putIfAbsent(n.initiative.id, new Placed(n.initiative, paths.get(n.id)));
            }
        }
        for (PlanNode n : nodes) {
            if (n.initiative != null) {
                out.putIfAbsent(n.initiative.id, new Placed(n.initiative, paths.get(n.id)));
            }
        }
        return List.copyOf(out.values());
    }

    /** Progress status of each initiative of the plan in the fiscal year: the report of its latest period. */
    public Map<Long, ProgressStatus> yearStatus(long planId, int fiscalYear) {
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object row : em.createNativeQuery("select p.initiative_id, p.half, p.status from progress_report p"
                + " join initiative i on i.id = p.initiative_id where i.plan_id = :plan and p.fiscal_year = :fy")
                .setParameter("plan", planId).setParameter("fy", fiscalYear).getResultList()) {
            Object[] a = (Object[]) row;
            long id = Rows.num(a[0]).longValue();
            Object[] seen = latest.get(id);
            if (seen == null || Rows.num(a[1]).intValue() > Rows.num(seen[1]).intValue()) {
                latest.put(id, a);
            }
        }
        Map<Long, ProgressStatus> out = new HashMap<>();
        latest.forEach((id, a) -> out.put(id, ProgressStatus.valueOf(((String) a[2]).strip())));
        return out;
    }

    public EvaluationSheet sheet(long planId, int fiscalYear) {
        plans.findPlan(planId);
        List<Placed> initiatives = initiativesInOrder(planId);
        Map<Long, Evaluation> current = EvaluationService.current(evaluations.ofYear(planId, fiscalYear));
        Map<Long, ProgressStatus> status = yearStatus(planId, fiscalYear);
        long draft = 0;
        long finalized = 0;
        long published = 0;
        long missing = 0;
        List<EvaluationRow> rows = new ArrayList<>();
        for (Placed p : initiatives) {
            Evaluation e = current.get(p.initiative().id);
            if (e == null) {
                missing++;
            } else {
                switch (e.state) {
                    case DRAFT -> draft++;
                    case FINALIZED -> finalized++;
                    default -> published++;
                }
            }
            rows.add(new EvaluationRow(p.initiative().id, p.path(), p.initiative().title, p.initiative().tag,
                    status.get(p.initiative().id), e == null ? null : EvaluationService.toResponse(e)));
        }
        Evaluation opinion = current.get(null);
        return new EvaluationSheet(planId, fiscalYear, scale.grades(), opinion == null ? null : EvaluationService.toResponse(opinion),
                new Counts(draft, finalized, published, missing), rows);
    }

    /** The sheet's ETag: a checksum of the ids and versions of every evaluation on it (and the opinion). */
    public static long sheetTag(EvaluationSheet sheet) {
        CRC32 crc = new CRC32();
        StringBuilder b = new StringBuilder();
        if (sheet.opinion() != null) {
            b.append(sheet.opinion().id()).append(':').append(sheet.opinion().version()).append(';');
        }
        for (EvaluationRow r : sheet.rows()) {
            if (r.evaluation() != null) {
                b.append(r.evaluation().id()).append(':').append(r.evaluation().version()).append(';');
            }
        }
        crc.update(b.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * Saves the rows sent as drafts, all or none: a row whose current evaluation is no longer a draft refuses the
     * batch with 409, a row whose version is not the one stored with 412 (the body's {@code current} is the sheet as
     * it is now). Each refused row is named by its index in the body ({@code rows[3].version}). With {@code ifMatch}
     * (the sheet's ETag), any change to the sheet since it was read refuses the batch with 412.
     */
    @Transactional
    public EvaluationSheet save(long planId, int fiscalYear, EvaluationSheetInput in, String ifMatch) {
        evaluations.lockPlan(planId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            // checked under the plan's lock: nobody can change the sheet between this check and the save
            EvaluationSheet now = sheet(planId, fiscalYear);
            Versions.check(ifMatch, sheetTag(now), () -> now);
        }
        Set<Long> planInitiatives = Set.copyOf(em.createQuery("select i.id from Initiative i where i.planId = :p", Long.class)
                .setParameter("p", planId).getResultList());
        Map<Long, Evaluation> current = EvaluationService.current(evaluations.ofYear(planId, fiscalYear));
        Set<String> codes = scale.codes();
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> conflicts = new ArrayList<>();
        List<FieldProblem> stale = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<RowInput> rows = in.rows();
        for (int k = 0; k < rows.size(); k++) {
            RowInput r = rows.get(k);
            String at = "rows[" + k + "]";
            if (!planInitiatives.contains(r.initiativeId())) {
                invalid.add(new FieldProblem(at + ".initiativeId", "no initiative " + r.initiativeId() + " in this plan", "Exists"));
                continue;
            }
            if (!seen.add(r.initiativeId())) {
                invalid.add(new FieldProblem(at + ".initiativeId", "initiative " + r.initiativeId() + " is sent twice", "Unique"));
            }
            String rating = Strings.blankToNull(r.rating());
            if (rating != null && !codes.contains(rating)) {
                invalid.add(new FieldProblem(at + ".rating", "not a grade of the rating scale ("
                        + codes.stream().sorted().collect(Collectors.joining(", ")) + ")", "Grade"));
            }
            check(current.get(r.initiativeId()), r.version(), at, conflicts, stale);
        }
        if (in.opinion() != null) {
            check(current.get(null), in.opinion().version(), "opinion", conflicts, stale);
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, conflicts.size() + " row(s) are no longer drafts and cannot be edited"
                    + " (a published evaluation is corrected with POST /evaluations/{id}/corrections); nothing was saved",
                    null, conflicts, null, Map.of());
        }
        if (!stale.isEmpty()) {
            throw new ProblemException(ProblemType.STALE_VERSION, stale.size() + " row(s) were changed by someone else after you"
                    + " loaded the sheet; nothing was saved. Reload, re-apply your changes and save again.",
                    null, stale, sheet(planId, fiscalYear), Map.of());
        }
        String me = currentUser.username();
        for (RowInput r : rows) {
            write(current.get(r.initiativeId()), planId, r.initiativeId(), fiscalYear, Strings.blankToNull(r.rating()),
                    r.comment(), r.recommendation(), me);
        }
        OpinionInput o = in.opinion();
        if (o != null) {
            write(current.get(null), planId, null, fiscalYear, null, o.comment(), o.recommendation(), me);
        }
        em.flush();
        return sheet(planId, fiscalYear);
    }

    private static void check(Evaluation e, Long version, String at, List<FieldProblem> conflicts, List<FieldProblem> stale) {
        if (e != null && e.state != EvaluationState.DRAFT) {
            conflicts.add(new FieldProblem(at, "revision " + e.revision + " is " + e.state + " and cannot be edited", "NotDraft"));
        } else if (!Objects.equals(version, e == null ? null : e.version)) {
            stale.add(new FieldProblem(at + ".version", e == null
                    ? "there is no evaluation to update (version " + version + " was sent)"
                    : "someone else saved this row (you sent " + (version == null ? "no version" : "version " + version)
                            + ", current is " + e.version + ")", "Stale"));
        }
    }

    private void write(Evaluation e, long planId, Long initiativeId, int fiscalYear, String rating, String comment,
            String recommendation, String me) {
        String c = Strings.blankToNull(comment);
        String r = Strings.blankToNull(recommendation);
        if (e == null) {
            if (rating == null && c == null && r == null) {
                return;
            }
            Evaluation draft = Evaluation.draft(planId, initiativeId, fiscalYear, rating, c, r, me);
            writes.create(EvaluationService.aggregate(draft), draft);
            return;
        }
        if (Objects.equals(e.rating, rating) && Objects.equals(e.comment, c) && Objects.equals(e.recommendation, r)) {
            return;
        }
        if (rating == null && c == null && r == null) {
            // emptied: the draft goes (a correction draft: the correction is dropped, the published revision stays current)
            writes.delete(EvaluationService.aggregate(e), e);
            return;
        }
        writes.update(EvaluationService.aggregate(e), e, x -> x.edit(rating, c, r, me));
    }

    /** 確定: every draft of the year becomes FINALIZED, provided each initiative's draft has a rating. */
    @Transactional
    public EvaluationSheet finalizeSheet(long planId, int fiscalYear) {
        return finalizeSheet(planId, fiscalYear, EvaluationService.now(clock));
    }

    /** Finalizes at the given time (Japan): the demo data backdates what the committee did in 2010. */
    @Transactional
    public EvaluationSheet finalizeSheet(long planId, int fiscalYear, LocalDateTime now) {
        evaluations.lockPlan(planId);
        List<Evaluation> drafts = evaluations.ofYear(planId, fiscalYear).stream().filter(e -> e.state == EvaluationState.DRAFT).toList();
        if (drafts.isEmpty()) {
            throw ProblemException.conflict("There are no drafts of " + fiscalYear + " to finalize");
        }
        List<FieldProblem> unrated = drafts.stream().filter(e -> !e.isOpinion() && e.rating == null)
                .map(e -> new FieldProblem("initiative:" + e.initiativeId + ".rating", "a rating is required to finalize", "NotNull"))
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
        if (!unrated.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, unrated.size() + " draft(s) have no rating; rate them (or the"
                    + " sheet cannot be finalized)", RULE_RATING_REQUIRED, unrated, null, Map.of());
        }
        String me = currentUser.username();
        for (Evaluation e : drafts) {
            writes.update(EvaluationService.aggregate(e), e, x -> x.finalize(me, now));
        }
        return sheet(planId, fiscalYear);
    }
}

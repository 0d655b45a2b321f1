package jp.kyodo.plan.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.district.District;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.progress.ProgressDtos.Evidence;
import jp.kyodo.plan.progress.ProgressDtos.Indicator;
import jp.kyodo.plan.progress.ProgressDtos.IndicatorBindingResponse;
import jp.kyodo.plan.progress.ProgressDtos.IndicatorInput;
import jp.kyodo.plan.progress.ProgressDtos.ProgressReportInput;
import jp.kyodo.plan.progress.ProgressDtos.ProgressReportResponse;
import jp.kyodo.plan.progress.ProgressEvidence;
import jp.kyodo.plan.progress.ProgressIndicator;
import jp.kyodo.plan.progress.ProgressReport;
import jp.kyodo.plan.progress.live.BindingSpec;
import jp.kyodo.plan.service.InitiativeQueries;
import jp.kyodo.plan.service.InitiativeService;
import jp.kyodo.plan.service.PlanService;
import jp.kyodo.ward.Ward;

/**
 * 進捗報告 — one report per initiative and period, written by the office or a section that owns the initiative
 * (所管課). Every change is in the initiative's history. Bound indicators are computed when read
 * ({@link LiveIndicatorService}), for a whole page at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String ENTITY = "ProgressReport";

    static final Map<String, String> SORT = Map.of("period", "(r.fiscalYear * 10 + r.half)", "fiscalYear", "r.fiscalYear",
            "status", "r.status", "reportedAt", "r.reportedAt");

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    InitiativeQueries queries;

    @Inject
    InitiativeService initiatives;

    @Inject
    LiveIndicatorService live;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    /** 進捗報告, in its initiative's history (and so on its timeline); a 412 answers the report. */
    final Aggregate<ProgressReport> report = Aggregate.<ProgressReport>of(ENTITY, r -> r.id, r -> r.version, r -> get(r.id))
            .withState(ProgressService::state).withParent(PlanService.ENTITY_INITIATIVE, r -> r.initiativeId);

    // ---- reading -------------------------------------------------------------------------------------

    public ProgressReport find(long id) {
        ProgressReport r = ProgressReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound("progress report", id);
        }
        return r;
    }

    public ProgressReportResponse get(long id) {
        return responses(List.of(find(id))).get(0);
    }

    /** An initiative's reports, newest period first by default. */
    public Page<ProgressReportResponse> list(long initiativeId, PageParams p) {
        queries.findInitiative(initiativeId);
        String order = SortSpec.orderBy(p.sort, SORT, "-period", "r.id");
        Page<ProgressReport> page = JpqlPage.of(em, "select count(r) from ProgressReport r where r.initiativeId = :i",
                "select r from ProgressReport r where r.initiativeId = :i" + order, ProgressReport.class,
                Map.of("i", initiativeId), p);
        return new Page<>(responses(page.items()), page.total(), p.page, p.size);
    }

    /**
     * The reports of the given initiatives for one fiscal year (whole year and halves, in period order), live
     * indicators computed now — what the publication snapshot freezes.
     */
    public Map<Long, List<ProgressReportResponse>> forYear(Collection<Long> initiativeIds, int fiscalYear) {
        Map<Long, List<ProgressReportResponse>> out = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return out;
        }
        List<ProgressReport> reports = em.createQuery("select r from ProgressReport r where r.initiativeId in :ids"
                + " and r.fiscalYear = :fy order by r.initiativeId, r.half", ProgressReport.class)
                .setParameter("ids", initiativeIds).setParameter("fy", fiscalYear).getResultList();
        for (ProgressReportResponse r : responses(reports)) {
            out.computeIfAbsent(r.initiativeId(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Responses in the given order; the indicators of all of them computed at once. */
    public List<ProgressReportResponse> responses(List<ProgressReport> reports) {
        Map<Long, List<Indicator>> indicators = live.of(reports);
        return reports.stream().map(r -> new ProgressReportResponse(r.id, r.initiativeId, r.fiscalYear, r.half, r.status, r.done,
                r.evidence.stream().map(e -> new Evidence(e.label, e.url)).toList(), indicators.get(r.id), r.reportedBy,
                at(r.reportedAt), r.version, r.createdAt, r.updatedAt)).toList();
    }

    static OffsetDateTime at(LocalDateTime japanTime) {
        return japanTime == null ? null : japanTime.atZone(Japanese.ZONE).toOffsetDateTime();
    }

    public List<IndicatorBindingResponse> bindings() {
        return live.bindings().stream().map(b -> new IndicatorBindingResponse(b.code(), b.ja(), b.en(), b.unit(), b.scopeLevels()))
                .toList();
    }

    // ---- writing -------------------------------------------------------------------------------------

    @Transactional
    public ProgressReportResponse create(long initiativeId, ProgressReportInput in) {
        Initiative i = queries.findInitiative(initiativeId);
        initiatives.requireOwnerOrOffice(i);
        validate(i, in);
        requireFreePeriod(i.id, in.fiscalYear(), in.half(), null);
        ProgressReport r = new ProgressReport();
        r.initiativeId = i.id;
        apply(r, in);
        return get(writes.create(report, r).id);
    }

    @Transactional
    public ProgressReportResponse update(long id, ProgressReportInput in, String ifMatch) {
        ProgressReport r = find(id);
        Initiative i = queries.findInitiative(r.initiativeId);
        initiatives.requireOwnerOrOffice(i);
        writes.update(report, r, ifMatch, x -> {
            validate(i, in);
            if (x.fiscalYear != in.fiscalYear() || x.half != in.half()) {
                requireFreePeriod(i.id, in.fiscalYear(), in.half(), x.id);
            }
            apply(x, in);
        });
        return get(r.id);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ProgressReport r = find(id);
        Initiative i = queries.findInitiative(r.initiativeId);
        initiatives.requireOwnerOrOffice(i);
        writes.delete(report, r, ifMatch);
    }

    private void requireFreePeriod(long initiativeId, int fiscalYear, int half, Long except) {
        long n = except == null
                ? ProgressReport.count("initiativeId = ?1 and fiscalYear = ?2 and half = ?3", initiativeId, fiscalYear, half)
                : ProgressReport.count("initiativeId = ?1 and fiscalYear = ?2 and half = ?3 and id <> ?4", initiativeId, fiscalYear,
                        half, except);
        if (n > 0) {
            throw ProblemException.conflict("The initiative already has a report for fiscal year " + fiscalYear
                    + (half == 0 ? "" : " half " + half) + "; change that report instead");
        }
    }

    /** Rules beyond the annotations, every problem at once: years of the plan, bound indicators. */
    private void validate(Initiative i, ProgressReportInput in) {
        List<FieldProblem> errors = new ArrayList<>();
        Plan plan = plans.findPlan(i.planId);
        int next = Japanese.fiscalYearOf(java.time.LocalDate.now(clock)) + 1;
        if (in.fiscalYear() < plan.fromFiscalYear) {
            errors.add(new FieldProblem("fiscalYear", "must not be before the plan's first year (" + plan.fromFiscalYear + ")", "PlanYears"));
        } else if (in.fiscalYear() > next) {
            errors.add(new FieldProblem("fiscalYear", "must not be after next fiscal year (" + next + ")", "PlanYears"));
        }
        List<IndicatorInput> indicators = in.indicators() == null ? List.of() : in.indicators();
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorInput x = indicators.get(k);
            String at = "indicators[" + k + "].";
            if (x.binding() == null) {
                if (x.name() == null || x.name().isBlank()) {
                    errors.add(new FieldProblem(at + "name", "must not be blank", "NotBlank"));
                }
                if (x.scopeLevel() != null || x.scopeId() != null) {
                    errors.add(new FieldProblem(at + (x.scopeLevel() != null ? "scopeLevel" : "scopeId"),
                            "only a bound indicator has a scope", "Unbound"));
                }
                continue;
            }
            if (x.actual() != null) {
                errors.add(new FieldProblem(at + "actual", "is computed from the data " + x.binding() + " is bound to; leave it out",
                        "Computed"));
            }
            Level level = x.scopeLevel() == null ? Level.CITY : x.scopeLevel();
            List<Level> levels = live.spec(x.binding()).orElseThrow().scopeLevels();
            if (!levels.contains(level)) {
                errors.add(new FieldProblem(at + "scopeLevel", x.binding() + " is computed for " + levels.stream()
                        .map(Enum::name).reduce((a, b) -> a + ", " + b).orElse(""), "ScopeLevel"));
            } else if (level == Level.CITY && x.scopeId() != null) {
                errors.add(new FieldProblem(at + "scopeId", "must be absent for CITY", "Null"));
            } else if (level != Level.CITY && x.scopeId() == null) {
                errors.add(new FieldProblem(at + "scopeId", "the " + level.name().toLowerCase() + " is required", "NotNull"));
            } else if (level == Level.WARD && Ward.findById(x.scopeId()) == null) {
                errors.add(new FieldProblem(at + "scopeId", "no such ward", "Exists"));
            } else if (level == Level.DISTRICT && District.findById(x.scopeId()) == null) {
                errors.add(new FieldProblem(at + "scopeId", "no such district", "Exists"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(ProgressReport r, ProgressReportInput in) {
        r.fiscalYear = in.fiscalYear();
        r.half = in.half();
        r.status = in.status();
        r.done = Strings.blankToNull(in.done());
        r.reportedBy = currentUser.username();
        r.reportedAt = LocalDateTime.now(clock);
        r.evidence.clear();
        if (in.evidence() != null) {
            in.evidence().forEach(e -> r.evidence.add(new ProgressEvidence(Strings.blankToNull(e.label()), e.url().strip())));
        }
        r.indicators.clear();
        if (in.indicators() != null) {
            for (IndicatorInput x : in.indicators()) {
                ProgressIndicator p = new ProgressIndicator();
                BindingSpec spec = x.binding() == null ? null : live.spec(x.binding()).orElseThrow();
                p.binding = x.binding();
                p.name = x.name() == null || x.name().isBlank() ? spec.ja() : x.name().strip();
                String unit = Strings.blankToNull(x.unit());
                p.unit = unit == null && spec != null ? spec.unit() : unit;
                p.target = x.target();
                p.actual = x.binding() == null ? x.actual() : null;
                if (x.binding() != null) {
                    p.scopeLevel = x.scopeLevel() == null ? Level.CITY : x.scopeLevel();
                    p.scopeId = p.scopeLevel == Level.CITY ? null : x.scopeId();
                }
                r.indicators.add(p);
            }
        }
    }

    /** What the history shows of a report. */
    static Map<String, Object> state(ProgressReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fiscalYear", r.fiscalYear);
        m.put("half", r.half);
        m.put("status", r.status.name());
        m.put("done", r.done);
        m.put("evidence", r.evidence.stream().map(e -> (e.label == null ? "" : e.label + " ") + "<" + e.url + ">").toList());
        m.put("indicators", r.indicators.stream().map(ProgressService::describe).toList());
        return m;
    }

    private static String describe(ProgressIndicator i) {
        String unit = i.unit == null ? "" : " " + i.unit;
        StringBuilder s = new StringBuilder(i.name);
        if (i.target != null) {
            s.append(" 目標 ").append(i.target.stripTrailingZeros().toPlainString()).append(unit);
        }
        if (i.binding != null) {
            s.append(" 実績 [").append(i.binding).append(i.scopeLevel == Level.CITY ? "" : " " + i.scopeLevel + " " + i.scopeId).append("]");
        } else if (i.actual != null) {
            s.append(" 実績 ").append(i.actual.stripTrailingZeros().toPlainString()).append(unit);
        }
        return s.toString();
    }
}

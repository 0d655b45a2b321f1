package jp.kyodo.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.PlanDetail;
import jp.kyodo.plan.PlanDtos.PlanInput;
import jp.kyodo.plan.PlanDtos.PlanSummary;

/**
 * 計画 — plans: the list, a plan's detail, creating and updating one. The tree is {@link PlanTreeService}'s and
 * {@link PlanNodeService}'s, initiatives {@link InitiativeService}'s and {@link InitiativeQueries}'.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    public static final String ENTITY_PLAN = "Plan";
    public static final String ENTITY_INITIATIVE = "Initiative";

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    /** 計画: history keeps the plan's fields; a 412 answers its detail. */
    final Aggregate<Plan> plan = Aggregate.<Plan>of(ENTITY_PLAN, p -> p.id, p -> p.version, this::detail)
            .withState(PlanService::planState);

    public Plan findPlan(long id) {
        Plan p = Plan.findById(id);
        if (p == null) {
            throw ProblemException.notFound("plan", id);
        }
        return p;
    }

    public Page<PlanSummary> plans(PageParams p) {
        long total = Plan.count();
        List<Plan> plans = Plan.find("order by fromFiscalYear desc, code").page(p.page - 1, p.size).list();
        Map<Long, Long> counts = initiativeCounts();
        return new Page<>(plans.stream().map(x -> summary(x, counts.getOrDefault(x.id, 0L))).toList(), total, p.page, p.size);
    }

    private Map<Long, Long> initiativeCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select plan_id, count(*) from initiative group by plan_id").getResultList()) {
            Object[] a = (Object[]) row;
            counts.put(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue());
        }
        return counts;
    }

    public PlanSummary summary(Plan p) {
        return summary(p, initiativeCounts().getOrDefault(p.id, 0L));
    }

    public static PlanSummary summary(Plan p, long initiatives) {
        return new PlanSummary(p.id, p.code, p.name, p.nameEn, p.owner, p.fromFiscalYear, p.toFiscalYear, initiatives, p.version, p.createdAt, p.updatedAt);
    }

    public PlanDetail detail(long id) {
        Plan p = findPlan(id);
        return detail(p);
    }

    private PlanDetail detail(Plan p) {
        long n = initiativeCounts().getOrDefault(p.id, 0L);
        return new PlanDetail(p.id, p.code, p.name, p.nameEn, p.owner, p.fromFiscalYear, p.toFiscalYear, n, p.description, p.version, p.createdAt, p.updatedAt);
    }

    @Transactional
    public PlanDetail createPlan(PlanInput in) {
        if (Plan.count("code", in.code()) > 0) {
            throw ProblemException.invalid("code", "a plan with this code exists", "Unique");
        }
        Plan p = new Plan();
        p.code = in.code();
        applyPlan(p, in);
        return detail(writes.create(plan, p));
    }

    @Transactional
    public PlanDetail updatePlan(long id, PlanInput in, String ifMatch) {
        return detail(writes.update(plan, findPlan(id), ifMatch, p -> {
            if (!p.code.equals(in.code())) {
                throw ProblemException.invalid("code", "the code of a plan cannot change", "Immutable");
            }
            applyPlan(p, in);
        }));
    }

    private static void applyPlan(Plan p, PlanInput in) {
        if (in.toFiscalYear() < in.fromFiscalYear()) {
            throw ProblemException.invalid("toFiscalYear", "must not be before fromFiscalYear", "Range");
        }
        p.name = in.name().strip();
        p.nameEn = Strings.blankToNull(in.nameEn());
        p.owner = in.owner().strip();
        p.fromFiscalYear = in.fromFiscalYear();
        p.toFiscalYear = in.toFiscalYear();
        p.description = Strings.blankToNull(in.description());
    }

    private static Map<String, Object> planState(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code);
        m.put("name", p.name);
        m.put("nameEn", p.nameEn);
        m.put("owner", p.owner);
        m.put("fromFiscalYear", p.fromFiscalYear);
        m.put("toFiscalYear", p.toFiscalYear);
        return m;
    }
}

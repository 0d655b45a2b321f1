package jp.kyodo.request.rules;

import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.persistence.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.request.Ask;
import jp.kyodo.request.CityRequestDtos.Warning;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.rules.RuleDtos.RuleResponse;
import jp.kyodo.request.rules.RuleDtos.SettingsInput;
import jp.kyodo.request.rules.RuleDtos.SettingsResponse;
import jp.kyodo.request.rules.RuleDtos.WarningEntry;

/**
 * The rules: refusals are checked before anything is saved; warnings are computed by the database when read
 * (never stored), so they always reflect today's inventory, decisions and thresholds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RuleService {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    public List<RuleResponse> rules() {
        RuleSetting s = RuleSetting.current();
        return Arrays.stream(Rule.values())
                .map(r -> new RuleResponse(r.name(), r.severity, r.appliesTo, r.fields, r.ja(s), r.en(s))).toList();
    }

    // ---- refusals ------------------------------------------------------------------------------------

    public record Violation(Rule rule, String field) {
    }

    /** The REFUSE rules a request breaks, in rule order. */
    public static List<Violation> violations(RequestKind kind, Integer headCount, boolean mandatory, Collection<Ask> asks) {
        List<Violation> v = new ArrayList<>();
        if (kind == RequestKind.NOTICE) {
            if (headCount != null) {
                v.add(new Violation(Rule.NOTICE_NO_HEAD_COUNT, "headCount"));
            }
            if (mandatory) {
                v.add(new Violation(Rule.NOTICE_NOT_MANDATORY, "mandatory"));
            }
            if (asks != null && asks.contains(Ask.PROGRAM)) {
                v.add(new Violation(Rule.NOTICE_NO_PROGRAM, "asks"));
            }
        }
        return v;
    }

    /** 422 rule-violation naming the first rule broken; errors list every field, each coded with its rule. */
    public static void refuse(List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        List<FieldProblem> errors = violations.stream()
                .map(x -> new FieldProblem(x.field(), x.rule().textEn, x.rule().name())).toList();
        Rule first = violations.get(0).rule();
        throw new ProblemException(ProblemType.RULE_VIOLATION, first.textJa + " / " + first.textEn, first.name(),
                errors, null, Map.of());
    }

    // ---- warnings ------------------------------------------------------------------------------------

    /**
     * The first month (1–12) scheduled in both r and r2, or null: their {@code month_mask} bits compared one month at
     * a time with integer division and {@code mod}, which H2 and PostgreSQL read alike (neither has the other's
     * bitwise AND). Replaces two joins of {@code city_request_month}: a page of 50 requests with a dozen requests of
     * the same receivers each looked up 1,300 month rows.
     */
    static final String FIRST_COMMON_MONTH = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(m -> " when mod(r.month_mask / " + (1 << (m - 1)) + ", 2) = 1 and mod(r2.month_mask / " + (1 << (m - 1))
                    + ", 2) = 1 then " + m)
            .collect(java.util.stream.Collectors.joining("", "(case", " end)"));

    /** One query: every warning of the requests matching {@code condition} (on r), as (request, rule, other, month). */
    private static String warningsSql(String condition) {
        return "select r.id as request_id, cast('COOPERATION_SHORT_DEADLINE' as varchar(40)) as rule,"
                + " cast(null as bigint) as other_id, cast(null as integer) as month_no from city_request r"
                + " where " + condition + " and r.kind = 'COOPERATION' and r.deadline_days is not null and r.deadline_days < :minDays"
                + " union all"
                + " select mc.request_id, cast('MERGE_CANDIDATE' as varchar(40)), mc.other_id, mc.month_no from ("
                + "select r.id as request_id, r2.id as other_id, " + FIRST_COMMON_MONTH + " as month_no from city_request r"
                + " join city_request r2 on r2.fiscal_year = r.fiscal_year and r2.receiver_key = r.receiver_key"
                + " and r2.id <> r.id and r2.status <> 'DRAFT'"
                + " where " + condition + ") mc where mc.month_no is not null"
                + " union all"
                + " select r.id, cast('EFFORT_WITHOUT_COMPENSATION' as varchar(40)), cast(null as bigint), cast(null as integer)"
                + " from city_request r where " + condition + " and " + BurdenService.HOURS_PER_ORG + " > :threshold"
                + " and not exists (select 1 from review_item i where i.request_id = r.id and i.decision = 'COMPENSATE')";
    }

    public Map<Long, List<Warning>> warningsOf(Collection<Long> requestIds) {
        Map<Long, List<Warning>> result = new HashMap<>();
        if (requestIds.isEmpty()) {
            return result;
        }
        Query q = em.createNativeQuery("select w.request_id, w.rule, w.other_id, w.month_no, t.min_deadline_days,"
                + " t.effort_threshold_hours from (" + warningsOfIds() + ") w cross join request_rule_setting t where t.id = 1"
                + " order by w.request_id, w.rule, w.other_id");
        q.setParameter("ids", requestIds);
        RuleSetting s = null;
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            if (s == null) {
                s = new RuleSetting();
                s.minDeadlineDays = Rows.num(a[4]).intValue();
                s.effortThresholdHours = Rows.dec(a[5]);
            }
            Rule rule = Rule.valueOf(((String) a[1]).strip());
            result.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>())
                    .add(new Warning(rule.name(), rule.ja(s), rule.en(s), a[2] == null ? null : Rows.num(a[2]).longValue(),
                            a[3] == null ? null : Rows.num(a[3]).intValue()));
        }
        return result;
    }

    /**
     * The rules each request meets, without their messages: what the request list shows (one statement; at nation
     * scale a page of 50 requests meets 170 warnings, whose messages cost more to write than the rest of the row).
     */
    public Map<Long, List<String>> rulesOf(Collection<Long> requestIds) {
        Map<Long, List<String>> result = new HashMap<>();
        if (requestIds.isEmpty()) {
            return result;
        }
        Query q = em.createNativeQuery("select distinct w.request_id, w.rule from (" + warningsOfIds() + ") w"
                + " order by w.request_id, w.rule");
        q.setParameter("ids", requestIds);
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            result.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(((String) a[1]).strip());
        }
        return result;
    }

    /** The warnings of the requests {@code :ids}, with the thresholds read in the same statement (none of its own). */
    private static String warningsOfIds() {
        return warningsSql("r.id in (:ids)")
                .replace(":minDays", "(select t.min_deadline_days from request_rule_setting t where t.id = 1)")
                .replace(":threshold", "(select t.effort_threshold_hours from request_rule_setting t where t.id = 1)");
    }

    public record WarningFilter(Integer fiscalYear, Long sectionId, Long departmentId, String rule) {
    }

    /** Warnings of every counted (non-draft) request, filtered; ordered by fiscal year (newest first), code, rule. */
    public Page<WarningEntry> list(WarningFilter f, PageParams p) {
        RuleSetting s = RuleSetting.current();
        StringBuilder cond = new StringBuilder("r.status <> 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        params.put("minDays", s.minDeadlineDays);
        params.put("threshold", s.effortThresholdHours);
        if (f.fiscalYear() != null) {
            cond.append(" and r.fiscal_year = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (f.sectionId() != null) {
            cond.append(" and r.section_id = :section");
            params.put("section", f.sectionId());
        }
        if (f.departmentId() != null) {
            cond.append(" and r.section_id in (select sx.id from section sx where sx.department_id = :department)");
            params.put("department", f.departmentId());
        }
        String outer = "";
        if (f.rule() != null && !f.rule().isBlank()) {
            try {
                Rule.valueOf(f.rule());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("rule", "no such rule", "Exists");
            }
            outer = " where w.rule = :rule";
            params.put("rule", f.rule());
        }
        String union = "(" + warningsSql(cond.toString()) + ") w";
        Query count = em.createNativeQuery("select count(*) from " + union + outer);
        Query page = em.createNativeQuery("select w.request_id, w.rule, w.other_id, w.month_no, r.code, r.title, sc.id, sc.name,"
                + " r.fiscal_year, r.kind from " + union + " join city_request r on r.id = w.request_id"
                + " join section sc on sc.id = r.section_id" + outer
                + " order by r.fiscal_year desc, r.code, w.rule, w.other_id limit :lim offset :off");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        page.setParameter("lim", p.size);
        page.setParameter("off", p.offset());
        long total = Rows.num(count.getSingleResult()).longValue();
        List<WarningEntry> items = new ArrayList<>();
        for (Object row : page.getResultList()) {
            Object[] a = (Object[]) row;
            Rule rule = Rule.valueOf(((String) a[1]).strip());
            items.add(new WarningEntry(Rows.num(a[0]).longValue(), (String) a[4], (String) a[5],
                    Rows.num(a[6]).longValue(), (String) a[7], Rows.num(a[8]).intValue(),
                    RequestKind.valueOf((String) a[9]), rule.name(), rule.ja(s), rule.en(s),
                    a[2] == null ? null : Rows.num(a[2]).longValue(),
                    a[3] == null ? null : Rows.num(a[3]).intValue()));
        }
        return new Page<>(items, total, p.page, p.size);
    }

    // ---- settings ------------------------------------------------------------------------------------

    /** The one row of thresholds: history and 412 answers carry the settings' representation. */
    static final Aggregate<RuleSetting> SETTINGS = Aggregate.of("RequestRuleSettings", s -> 1L, s -> s.version,
            RuleService::toResponse);

    static SettingsResponse toResponse(RuleSetting s) {
        return new SettingsResponse(s.minDeadlineDays, s.effortThresholdHours, s.version);
    }

    public SettingsResponse settings() {
        return toResponse(RuleSetting.current());
    }

    @Transactional
    public SettingsResponse updateSettings(SettingsInput in, String ifMatch) {
        return toResponse(writes.update(SETTINGS, RuleSetting.current(), ifMatch, s -> {
            s.minDeadlineDays = in.minDeadlineDays();
            s.effortThresholdHours = in.effortThresholdHours().setScale(2, java.math.RoundingMode.HALF_UP);
        }));
    }
}

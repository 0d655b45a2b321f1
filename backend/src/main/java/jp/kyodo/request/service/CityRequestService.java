package jp.kyodo.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.department.Section;
import jp.kyodo.request.Ask;
import jp.kyodo.request.Channel;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.CityRequestDtos.BurdenFigures;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.CityRequestResponse;
import jp.kyodo.request.CityRequestDtos.CityRequestSummary;
import jp.kyodo.request.CityRequestDtos.MonthTimes;
import jp.kyodo.request.CityRequestDtos.ReviewState;
import jp.kyodo.request.CityRequestDtos.Warning;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.review.Decision;
import jp.kyodo.request.review.ItemState;
import jp.kyodo.request.rules.RuleService;

/**
 * 依頼等 — the request inventory as read: list, one request with its burden, warnings and review state. Writing is
 * {@link CityRequestCommands}, checks {@link RequestValidation}, the spreadsheet {@link CityRequestExportService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CityRequestService {

    public static final String ENTITY = "CityRequest";

    /** A condition on the section (s) or the department (d) in the list's where clause. */
    private static final java.util.regex.Pattern READS_SECTION = java.util.regex.Pattern.compile("\\b[sd]\\.");

    private static final Map<String, String> SORT_KEYS = Map.of("code", "r.code", "title", "r.title", "fiscalYear",
            "r.fiscalYear", "kind", "r.kind", "status", "r.status", "section", "r.sectionCode",
            "hoursPerOrganization", "(r.occurrences * r.people * r.hoursPerPerson)");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    RequestPolicy policy;


    @Inject
    BurdenService burden;

    @Inject
    RuleService rules;

    // ---- reading ---------------------------------------------------------------------------------------

    public record Filter(Long sectionId, Long departmentId, Long bureauId, RequestKind kind, Integer fiscalYear,
            RequestStatus status, Decision decision, Long districtId, Ask ask, String q) {
    }

    /** The list's filters (and what the caller may see) as JPQL over r (request), s (section), d (department). */
    void where(Filter f, StringBuilder where, Map<String, Object> params) {
        visibility(where, params);
        if (f.sectionId() != null) {
            where.append(" and s.id = :section");
            params.put("section", f.sectionId());
        }
        if (f.departmentId() != null) {
            where.append(" and d.id = :department");
            params.put("department", f.departmentId());
        }
        if (f.bureauId() != null) {
            where.append(" and d.bureau.id = :bureau");
            params.put("bureau", f.bureauId());
        }
        if (f.kind() != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.fiscalYear() != null) {
            where.append(" and r.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (f.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", f.status());
        }
        if (f.decision() != null) {
            where.append(" and r.id in (select i.request.id from ReviewItem i where i.decision = :decision)");
            params.put("decision", f.decision());
        }
        if (f.districtId() != null) {
            // the district itself, or (区単位) its ward as it is now
            where.append(" and (r.allDistricts = true or r.id in (select r2.id from CityRequest r2 join r2.districtIds dd where dd = :district)"
                    + " or r.id in (select r4.id from CityRequest r4 join r4.wardIds ww, District dw where dw.id = :district and dw.ward.id = ww))");
            params.put("district", f.districtId());
        }
        if (f.ask() != null) {
            where.append(" and r.id in (select r3.id from CityRequest r3 join r3.asks aa where aa = :ask)");
            params.put("ask", f.ask());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and r.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
    }

    /**
     * One row of the list as read: the request's own columns and its section's, department's and bureau's names —
     * read as values, not entities (no persistence-context entries, no dirty check for 50 requests and their
     * sections at the end of the request).
     */
    private record Row(long id, String code, String title, long sectionId, String sectionName, String departmentName,
            String bureauName, int fiscalYear, RequestKind kind, Channel channel, RequestStatus status, int occurrences,
            int people, BigDecimal hoursPerPerson, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static Row of(Object[] a) {
            return new Row((Long) a[0], (String) a[1], (String) a[2], (Long) a[3], (String) a[4], (String) a[5],
                    (String) a[6], (Integer) a[7], (RequestKind) a[8], (Channel) a[9], (RequestStatus) a[10],
                    (Integer) a[11], (Integer) a[12], (BigDecimal) a[13], (Long) a[14], (OffsetDateTime) a[15],
                    (OffsetDateTime) a[16]);
        }
    }

    private static final String ROW = "select r.id, r.code, r.title, s.id, s.name, d.name, b.name, r.fiscalYear, r.kind,"
            + " r.channel, r.status, r.occurrences, r.people, r.hoursPerPerson, r.version, r.createdAt, r.updatedAt"
            + " from CityRequest r join r.section s join s.department d join d.bureau b";

    public Page<CityRequestSummary> list(Filter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params);
        k.restrict(where, params, "r.updatedAt", "r.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SORT_KEYS, "-fiscalYear,section,code", "r.id"), "r.updatedAt", "r.id");
        List<Row> read = JpqlPage.rows(em, ROW + where + order, Object[].class, params, k.offset(p), k.limit(p)).stream()
                .map(Row::of).toList();
        long total;
        if (keptTotal(f, k)) {
            total = keptTotal(f);
        } else {
            // the count joins the section and department only when a condition reads them: a year's count is then
            // one index-only scan of city_request
            boolean joins = READS_SECTION.matcher(where).find();
            var count = em.createQuery("select count(r) from CityRequest r"
                    + (joins ? " join r.section s join s.department d" : "") + where, Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        Page<Row> found = k.page(read, total, p, Row::updatedAt, Row::id);
        List<Row> rows = found.items();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Long> orgs = burden.organizationCounts(ids);
        Map<Long, List<String>> warnings = rules.rulesOf(ids);
        Map<Long, ReviewState> reviews = reviewStates(rows.stream()
                .map(r -> new Reviewed(r.id(), r.fiscalYear(), r.status())).toList());
        Map<Long, List<Ask>> asks = asksOf(ids);
        List<CityRequestSummary> items = rows.stream().map(r -> {
            long n = orgs.getOrDefault(r.id(), 0L);
            BigDecimal perOrg = r.hoursPerPerson().multiply(BigDecimal.valueOf((long) r.occurrences() * r.people()));
            List<String> w = warnings.get(r.id());
            return new CityRequestSummary(r.id(), r.code(), r.title(), r.sectionId(), r.sectionName(),
                    r.departmentName(), r.bureauName(), r.fiscalYear(), r.kind(), asks.getOrDefault(r.id(), List.of()),
                    r.channel(), r.status(), n, BurdenService.hours(perOrg),
                    BurdenService.hours(perOrg.multiply(BigDecimal.valueOf(n))),
                    w, reviews.get(r.id()),
                    r.version(), r.createdAt(), r.updatedAt());
        }).toList();
        return new Page<>(items, found.total(), p.page, p.size, found.nextCursor());
    }

    /** The asks of each request, in their order. */
    private Map<Long, List<Ask>> asksOf(List<Long> ids) {
        Map<Long, List<Ask>> asks = new HashMap<>();
        if (ids.isEmpty()) {
            return asks;
        }
        for (Object row : em.createNativeQuery("select request_id, ask from city_request_ask where request_id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            Object[] a = (Object[]) row;
            asks.computeIfAbsent(Rows.num(a[0]).longValue(), x -> new ArrayList<>()).add(Ask.valueOf(((String) a[1]).strip()));
        }
        asks.values().forEach(java.util.Collections::sort);
        return asks;
    }

    /**
     * Whether the list's total can be read from the kept burden rows ({@code kept_section_burden}: the counted —
     * non-draft — requests per fiscal year, section and kind) instead of counting the requests: filters on year,
     * section, department, bureau and kind only, and no sync keyset.
     */
    static boolean keptTotal(Filter f, Keyset k) {
        return !k.active() && f.status() == null && f.decision() == null && f.districtId() == null && f.ask() == null
                && (f.q() == null || f.q().isBlank());
    }

    /**
     * The total from kept rows: the counted requests matching the filters plus the drafts the caller may see (the
     * office: every draft; others: their section's). With a section, department or bureau the counted requests are
     * the kept rows per (year, section, kind) and the drafts are counted — drafts are few; with year and kind alone
     * both are the kept rows per (year, kind), at most 20 (others count their own section's drafts). One statement;
     * the cost is the kept rows of the filter, not the inventory (a nation's million requests).
     */
    private long keptTotal(Filter f) {
        boolean byYear = f.sectionId() == null && f.departmentId() == null && f.bureauId() == null;
        String k = byYear ? "y" : "k";
        StringBuilder kept = new StringBuilder();
        StringBuilder drafts = new StringBuilder(" and r.status = 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        if (f.fiscalYear() != null) {
            both(kept, drafts, " and " + k + ".fiscal_year = :fy", " and r.fiscal_year = :fy", params, "fy", f.fiscalYear());
        }
        if (f.sectionId() != null) {
            both(kept, drafts, " and k.section_id = :section", " and r.section_id = :section", params, "section",
                    f.sectionId());
        }
        if (f.departmentId() != null) {
            both(kept, drafts, " and s.department_id = :department", " and s.department_id = :department", params,
                    "department", f.departmentId());
        }
        if (f.bureauId() != null) {
            both(kept, drafts, " and d.bureau_id = :bureau", " and d.bureau_id = :bureau", params, "bureau", f.bureauId());
        }
        if (f.kind() != null) {
            both(kept, drafts, " and " + k + ".kind = :kind", " and r.kind = :kind", params, "kind", f.kind().name());
        }
        String sql;
        if (byYear && caller.isOffice()) {
            sql = "select coalesce(sum(y.counted + y.drafts), 0) from kept_year_requests y where 1 = 1" + kept;
        } else {
            if (!caller.isOffice()) {
                Long mine = caller.sectionId();
                drafts.append(mine != null ? " and r.section_id = :mine" : " and 1 = 0");
                if (mine != null) {
                    params.put("mine", mine);
                }
            }
            String counted = byYear ? "select coalesce(sum(y.counted), 0) from kept_year_requests y"
                    : "select coalesce(sum(k.requests), 0) from kept_section_burden k" + sectionJoins(kept, "k");
            sql = "select (" + counted + " where 1 = 1" + kept + ") + (select count(*) from city_request r"
                    + sectionJoins(drafts, "r") + " where 1 = 1" + drafts + ")";
        }
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return Rows.num(q.getSingleResult()).longValue();
    }

    /** One filter on both sides: the kept rows (k or y; s and d joined when read) and the drafts (r). */
    private static void both(StringBuilder kept, StringBuilder drafts, String onKept, String onDrafts,
            Map<String, Object> params, String name, Object value) {
        kept.append(onKept);
        drafts.append(onDrafts);
        params.put(name, value);
    }

    /** The joins to section (s) and department (d), only when a condition reads them. */
    private static String sectionJoins(CharSequence conditions, String alias) {
        return READS_SECTION.matcher(conditions).find()
                ? " join section s on s.id = " + alias + ".section_id join department d on d.id = s.department_id" : "";
    }

    private void visibility(StringBuilder where, Map<String, Object> params) {
        if (caller.isOffice()) {
            return;
        }
        Long mine = caller.sectionId();
        if (mine != null) {
            where.append(" and (r.status <> :draft or s.id = :mine)");
            params.put("mine", mine);
        } else {
            where.append(" and r.status <> :draft");
        }
        params.put("draft", RequestStatus.DRAFT);
    }

    /** The request as the caller may see it: a draft of another section is 404 (its existence is not public). */
    public CityRequest find(long id) {
        CityRequest r = CityRequest.findById(id);
        if (r == null || (r.status == RequestStatus.DRAFT && !policy.canSeeDraftOf(r.section.id))) {
            throw ProblemException.notFound("City request", id);
        }
        return r;
    }

    public CityRequestResponse get(long id) {
        return toResponse(find(id));
    }

    public CityRequestResponse toResponse(CityRequest r) {
        Section s = r.section;
        long n = burden.organizationCounts(List.of(r.id)).getOrDefault(r.id, 0L);
        BigDecimal perOcc = r.hoursPerPerson.multiply(BigDecimal.valueOf(r.people));
        BigDecimal perOrg = r.hoursPerOrganizationPerYear();
        BurdenFigures figures = new BurdenFigures(n, r.occurrences, BurdenService.hours(perOcc),
                BurdenService.hours(perOrg), BurdenService.hours(perOrg.multiply(BigDecimal.valueOf(n))));
        List<Warning> warnings = rules.warningsOf(List.of(r.id)).getOrDefault(r.id, List.of());
        return new CityRequestResponse(r.id, r.code, r.title, r.description, s.id, s.name, s.department.id,
                s.department.name, s.department.bureau.id, s.department.bureau.name, r.fiscalYear, r.kind,
                sorted(r.asks), r.receiverKinds.stream().sorted().toList(), r.allDistricts,
                r.districtIds.stream().sorted().toList(), r.wardIds.stream().sorted().toList(), r.channel, schedule(r), r.deadlineDays, r.deadlineNote,
                r.headCount, r.mandatory, r.people, BurdenService.hours(r.hoursPerPerson), r.status, figures,
                warnings, reviewStates(List.of(new Reviewed(r.id, r.fiscalYear, r.status))).get(r.id), new Permissions(policy.canWrite(s.id)), r.version, r.createdAt, r.updatedAt);
    }

    static List<Ask> sorted(Collection<Ask> asks) {
        return asks.stream().sorted().toList();
    }

    /** Months in fiscal-year order (April first). */
    static List<MonthTimes> schedule(CityRequest r) {
        List<MonthTimes> out = new ArrayList<>();
        for (int m : BurdenService.FISCAL_MONTHS) {
            Integer t = r.schedule.get(m);
            if (t != null) {
                out.add(new MonthTimes(m, t));
            }
        }
        return out;
    }

    /** What the review state of a request is read by. */
    record Reviewed(long id, int fiscalYear, RequestStatus status) {
    }

    /** The review state of each request in the cycle of its fiscal year (two queries for a page). */
    Map<Long, ReviewState> reviewStates(List<Reviewed> rows) {
        Map<Long, ReviewState> states = new HashMap<>();
        if (rows.isEmpty()) {
            return states;
        }
        // native SQL: a query with a list parameter is translated from HQL again on every call (Hibernate caches no
        // interpretation for an expanded list), which cost more than the two statements themselves
        Set<Integer> years = rows.stream().map(Reviewed::fiscalYear).collect(Collectors.toSet());
        Map<Integer, Long> cycles = new HashMap<>();
        for (Object row : em.createNativeQuery("select fiscal_year, id from review_cycle where fiscal_year in (:years)")
                .setParameter("years", years).getResultList()) {
            Object[] c = (Object[]) row;
            cycles.put(Rows.num(c[0]).intValue(), Rows.num(c[1]).longValue());
        }
        if (cycles.isEmpty()) {
            return states;
        }
        Map<Long, Object[]> items = new HashMap<>();
        for (Object row : em.createNativeQuery("select request_id, cycle_id, state, decision, effective_year"
                + " from review_item where request_id in (:ids)")
                .setParameter("ids", rows.stream().map(Reviewed::id).toList()).getResultList()) {
            Object[] i = (Object[]) row;
            items.put(Rows.num(i[0]).longValue(), i);
        }
        for (Reviewed r : rows) {
            Object[] i = items.get(r.id());
            if (i != null) {
                states.put(r.id(), new ReviewState(Rows.num(i[1]).longValue(), ItemState.valueOf(((String) i[2]).strip()).name(),
                        i[3] == null ? null : Decision.valueOf(((String) i[3]).strip()).name(),
                        i[4] == null ? null : Rows.num(i[4]).intValue()));
            } else if (cycles.containsKey(r.fiscalYear()) && r.status() != RequestStatus.DRAFT) {
                states.put(r.id(), new ReviewState(cycles.get(r.fiscalYear()), ItemState.NOT_STARTED.name(), null, null));
            }
        }
        return states;
    }

    // ---- what the import and the demo use ---------------------------------------------------------------

    /** What validation found: the section to use and the code (null: keep / generate). */
    public record Validated(Section section, String code) {
    }

    /** Copies a valid input onto the entity ({@link RequestValidation#apply}). */
    public static void apply(CityRequest r, CityRequestInput in, Validated v) {
        RequestValidation.apply(r, in, v);
    }

    /** The request as history shows it ({@link RequestValidation#auditState}). */
    public static Map<String, Object> auditState(CityRequest r) {
        return RequestValidation.auditState(r);
    }
}

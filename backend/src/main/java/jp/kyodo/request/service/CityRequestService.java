package jp.kyodo.request.service;

import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.persistence.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.department.Section;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.request.Ask;
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

/** 依頼等 — the request inventory: validation, the refusal rules, burden and warnings in every representation. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CityRequestService {

    public static final String ENTITY = "CityRequest";

    private static final Map<String, String> SORT_KEYS = Map.of("code", "r.code", "title", "r.title", "fiscalYear",
            "r.fiscalYear", "kind", "r.kind", "status", "r.status", "section", "s.code",
            "hoursPerOrganization", "(r.occurrences * r.people * r.hoursPerPerson)");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    RequestPolicy policy;

    @Inject
    Writes writes;

    @Inject
    BurdenService burden;

    @Inject
    RuleService rules;

    // ---- reading ---------------------------------------------------------------------------------------

    public record Filter(Long sectionId, Long departmentId, Long bureauId, RequestKind kind, Integer fiscalYear,
            RequestStatus status, Decision decision, Long districtId, Ask ask, String q) {
    }

    /** The list's filters (and what the caller may see) as JPQL over r (request), s (section), d (department). */
    private void where(Filter f, StringBuilder where, Map<String, Object> params) {
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
            where.append(" and (r.allDistricts = true or r.id in (select r2.id from CityRequest r2 join r2.districtIds dd where dd = :district))");
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

    public Page<CityRequestSummary> list(Filter f, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params);
        String order = SortSpec.orderBy(p.sort, SORT_KEYS, "-fiscalYear,section,code", "r.id");
        Page<CityRequest> found = JpqlPage.of(em,
                "select count(r) from CityRequest r join r.section s join s.department d" + where,
                "select r from CityRequest r join fetch r.section s join fetch s.department d join fetch d.bureau" + where
                        + order, CityRequest.class, params, p);
        List<CityRequest> rows = found.items();
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, Long> orgs = burden.organizationCounts(ids);
        Map<Long, List<Warning>> warnings = rules.warningsOf(ids);
        Map<Long, ReviewState> reviews = reviewStates(rows);
        List<CityRequestSummary> items = rows.stream().map(r -> {
            long n = orgs.getOrDefault(r.id, 0L);
            BigDecimal perOrg = r.hoursPerOrganizationPerYear();
            List<Warning> w = warnings.getOrDefault(r.id, List.of());
            return new CityRequestSummary(r.id, r.code, r.title, r.section.id, r.section.name,
                    r.section.department.name, r.section.department.bureau.name, r.fiscalYear, r.kind, sorted(r.asks),
                    r.channel, r.status, n, BurdenService.hours(perOrg),
                    BurdenService.hours(perOrg.multiply(BigDecimal.valueOf(n))),
                    w.isEmpty() ? null : w.stream().map(Warning::rule).distinct().toList(), reviews.get(r.id), r.version);
        }).toList();
        return new Page<>(items, found.total(), p.page, p.size);
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
                r.districtIds.stream().sorted().toList(), r.channel, schedule(r), r.deadlineDays, r.deadlineNote,
                r.headCount, r.mandatory, r.people, BurdenService.hours(r.hoursPerPerson), r.status, figures,
                warnings, reviewStates(List.of(r)).get(r.id), new Permissions(policy.canWrite(s.id)), r.version);
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

    /** The review state of each request in the cycle of its fiscal year (two queries for a page). */
    Map<Long, ReviewState> reviewStates(List<CityRequest> rows) {
        Map<Long, ReviewState> states = new HashMap<>();
        if (rows.isEmpty()) {
            return states;
        }
        Set<Integer> years = rows.stream().map(r -> r.fiscalYear).collect(Collectors.toSet());
        Map<Integer, Long> cycles = new HashMap<>();
        for (Object[] c : em.createQuery("select c.fiscalYear, c.id from ReviewCycle c where c.fiscalYear in :years",
                Object[].class).setParameter("years", years).getResultList()) {
            cycles.put((Integer) c[0], (Long) c[1]);
        }
        if (cycles.isEmpty()) {
            return states;
        }
        Map<Long, Object[]> items = new HashMap<>();
        for (Object[] i : em.createQuery("select i.request.id, i.cycle.id, i.state, i.decision, i.effectiveYear"
                + " from ReviewItem i where i.request.id in :ids", Object[].class)
                .setParameter("ids", rows.stream().map(r -> r.id).toList()).getResultList()) {
            items.put((Long) i[0], i);
        }
        for (CityRequest r : rows) {
            Object[] i = items.get(r.id);
            if (i != null) {
                states.put(r.id, new ReviewState((Long) i[1], ((ItemState) i[2]).name(),
                        i[3] == null ? null : ((Decision) i[3]).name(), (Integer) i[4]));
            } else if (cycles.containsKey(r.fiscalYear) && r.status != RequestStatus.DRAFT) {
                states.put(r.id, new ReviewState(cycles.get(r.fiscalYear), ItemState.NOT_STARTED.name(), null, null));
            }
        }
        return states;
    }

    // ---- export ------------------------------------------------------------------------------------------

    /**
     * The filtered inventory in the columns of Dataset.CITY_REQUESTS, ordered by code: one query for the requests,
     * one per kind of child row and per 1,000 requests, one for the receiving organizations.
     */
    public List<Object[]> exportRows(Filter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params);
        var query = em.createQuery("select r from CityRequest r join fetch r.section s join fetch s.department d"
                + where + " order by r.code", CityRequest.class);
        params.forEach(query::setParameter);
        List<CityRequest> rows = query.getResultList();
        Map<Long, List<String>> asks = new HashMap<>();
        Map<Long, List<String>> kinds = new HashMap<>();
        Map<Long, List<String>> districts = new HashMap<>();
        Map<Long, Map<Integer, Integer>> months = new HashMap<>();
        Map<Long, Long> orgs = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            children("select request_id, ask from city_request_ask where request_id in (:ids) order by ask", chunk)
                    .forEach(a -> asks.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select request_id, kind_code from city_request_receiver_kind where request_id in (:ids) order by kind_code", chunk)
                    .forEach(a -> kinds.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select x.request_id, d.code from city_request_district x join district d on d.id = x.district_id"
                    + " where x.request_id in (:ids) order by d.code", chunk)
                    .forEach(a -> districts.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select request_id, month_no, times from city_request_month where request_id in (:ids)", chunk)
                    .forEach(a -> months.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new TreeMap<>())
                            .put(Rows.num(a[1]).intValue(), Rows.num(a[2]).intValue()));
            orgs.putAll(burden.organizationCounts(chunk));
        }
        List<Object[]> out = new ArrayList<>(rows.size());
        for (CityRequest r : rows) {
            Map<Integer, Integer> m = months.getOrDefault(r.id, Map.of());
            List<String> monthText = new ArrayList<>();
            for (int month : BurdenService.FISCAL_MONTHS) {
                Integer t = m.get(month);
                if (t != null) {
                    monthText.add(t == 1 ? Integer.toString(month) : month + "x" + t);
                }
            }
            BigDecimal annual = r.hoursPerOrganizationPerYear().multiply(BigDecimal.valueOf(orgs.getOrDefault(r.id, 0L)));
            out.add(new Object[] {r.code, r.title, r.section.code, r.section.name, r.fiscalYear, r.kind.name(),
                    String.join(";", asks.getOrDefault(r.id, List.of())), String.join(";", kinds.getOrDefault(r.id, List.of())),
                    r.allDistricts ? "" : String.join(";", districts.getOrDefault(r.id, List.of())), r.channel.name(),
                    String.join(";", monthText), r.deadlineDays, r.deadlineNote, r.headCount, r.mandatory, r.people,
                    r.hoursPerPerson.stripTrailingZeros().toPlainString(), r.status.name(), r.description,
                    BurdenService.hours(annual).toPlainString()});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> children(String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    // ---- writing ---------------------------------------------------------------------------------------

    /** 依頼等: history stores every field ({@link #auditState}); 412 answers carry the API's representation. */
    Aggregate<CityRequest> aggregate() {
        return Aggregate.<CityRequest>of(ENTITY, r -> r.id, r -> r.version, this::toResponse)
                .withState(CityRequestService::auditState);
    }

    @Transactional
    public CityRequestResponse create(CityRequestInput in) {
        CityRequest r = new CityRequest();
        r.createdAt = OffsetDateTime.now();
        Validated v = validate(in, null);
        policy.requireWrite(v.section().id);
        RuleService.refuse(RuleService.violations(in.kind(), in.headCount(), in.mandatory(), in.asks()));
        r.code = v.code() != null ? v.code() : newCode(in.fiscalYear());
        apply(r, in, v);
        return toResponse(writes.create(aggregate(), r));
    }

    @Transactional
    public CityRequestResponse update(long id, CityRequestInput in, String ifMatch) {
        CityRequest r = find(id);
        policy.requireWrite(r.section.id);
        return toResponse(writes.update(aggregate(), r, ifMatch, x -> {
            Validated v = validate(in, x);
            policy.requireWrite(v.section().id);
            RuleService.refuse(RuleService.violations(in.kind(), in.headCount(), in.mandatory(), in.asks()));
            if (v.code() != null) {
                x.code = v.code();
            }
            apply(x, in, v);
        }));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CityRequest r = find(id);
        policy.requireWrite(r.section.id);
        Versions.check(ifMatch, r.version, () -> toResponse(r));
        long reviewed = (Long) em.createQuery("select count(i) from ReviewItem i where i.request.id = :id or i.mergeInto.id = :id")
                .setParameter("id", id).getSingleResult();
        if (reviewed > 0) {
            throw ProblemException.conflict("The request is part of a review; set its status to ENDED instead of deleting it");
        }
        writes.delete(aggregate(), r);
    }

    /** What validation found: the section to use and the code (null: keep / generate). */
    public record Validated(Section section, String code) {
    }

    /** Bean Validation has run; these are the checks against stored data. 400 with every problem. */
    public Validated validate(CityRequestInput in, CityRequest existing) {
        List<FieldProblem> errors = problems(in, existing == null ? null : existing.id, caller.sectionId());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Long sectionId = in.sectionId() != null ? in.sectionId() : existing != null && !caller.isDepartment()
                ? existing.section.id : caller.sectionId();
        Section section = Section.findById(sectionId);
        String code = in.code() == null || in.code().isBlank() ? null : in.code().strip();
        return new Validated(section, code);
    }

    /** Problems of an input against stored data (also used by the import, row by row). */
    public static List<FieldProblem> problems(CityRequestInput in, Long selfId, Long callerSectionId) {
        List<FieldProblem> errors = new ArrayList<>();
        Long sectionId = in.sectionId() != null ? in.sectionId() : callerSectionId;
        if (sectionId == null && selfId == null) {
            errors.add(new FieldProblem("sectionId", "must name the issuing section (課)", "NotNull"));
        } else if (sectionId != null && Section.findById(sectionId) == null) {
            errors.add(new FieldProblem("sectionId", "no such section", "Exists"));
        }
        if (in.receiverKinds() != null) {
            for (String k : new HashSet<>(in.receiverKinds())) {
                if (k != null && OrganizationKind.findById(k) == null) {
                    errors.add(new FieldProblem("receiverKinds", "no organization kind '" + k + "'", "Exists"));
                }
            }
        }
        List<Long> districts = in.districtIds() == null ? List.of() : in.districtIds();
        if (in.allDistricts() && !districts.isEmpty()) {
            errors.add(new FieldProblem("districtIds", "must be empty when allDistricts is true", "AllDistricts"));
        } else if (!in.allDistricts() && districts.isEmpty()) {
            errors.add(new FieldProblem("districtIds", "name at least one district, or set allDistricts", "NotEmpty"));
        } else if (!districts.isEmpty()) {
            Set<Long> unique = new HashSet<>(districts);
            long found = (Long) CityRequest.getEntityManager()
                    .createQuery("select count(d) from District d where d.id in :ids").setParameter("ids", unique)
                    .getSingleResult();
            if (found != unique.size()) {
                errors.add(new FieldProblem("districtIds", "names a district that does not exist", "Exists"));
            }
        }
        if (in.schedule() != null) {
            Set<Integer> months = new HashSet<>();
            for (MonthTimes m : in.schedule()) {
                if (m != null && m.month() != null && !months.add(m.month())) {
                    errors.add(new FieldProblem("schedule", "month " + m.month() + " is listed twice", "Unique"));
                }
            }
        }
        String code = in.code() == null || in.code().isBlank() ? null : in.code().strip();
        if (code != null) {
            Long other = CityRequest.getEntityManager()
                    .createQuery("select r.id from CityRequest r where r.code = :c", Long.class).setParameter("c", code)
                    .getResultStream().findFirst().orElse(null);
            if (other != null && !other.equals(selfId)) {
                errors.add(new FieldProblem("code", "already used by another request", "Unique"));
            }
        }
        return errors;
    }

    /** Copies a valid input onto the entity (collections replaced, derived columns recomputed). */
    public static void apply(CityRequest r, CityRequestInput in, Validated v) {
        r.section = v.section();
        r.title = in.title().strip();
        r.description = Strings.blankToNull(in.description());
        r.fiscalYear = in.fiscalYear();
        r.kind = in.kind();
        r.channel = in.channel();
        r.allDistricts = in.allDistricts();
        r.deadlineDays = in.deadlineDays();
        r.deadlineNote = Strings.blankToNull(in.deadlineNote());
        r.headCount = in.headCount();
        r.mandatory = in.mandatory();
        r.people = in.people();
        r.hoursPerPerson = in.hoursPerPerson().setScale(2, RoundingMode.HALF_UP);
        r.status = in.status();
        r.updatedAt = OffsetDateTime.now();
        replace(r.asks, new HashSet<>(in.asks()));
        replace(r.receiverKinds, new HashSet<>(in.receiverKinds()));
        replace(r.districtIds, in.allDistricts() || in.districtIds() == null ? Set.of() : new HashSet<>(in.districtIds()));
        Map<Integer, Integer> schedule = new TreeMap<>();
        in.schedule().forEach(m -> schedule.put(m.month(), m.times()));
        if (!r.schedule.equals(schedule)) {
            r.schedule.clear();
            r.schedule.putAll(schedule);
        }
        r.occurrences = schedule.values().stream().mapToInt(Integer::intValue).sum();
        r.receiverKey = receiverKey(r.receiverKinds, r.allDistricts, r.districtIds);
        r.searchKey = TextNormalizer.searchKey(r.title, r.code, r.section.name);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    static String receiverKey(Collection<String> kinds, boolean all, Collection<Long> districts) {
        String s = kinds.stream().sorted().collect(Collectors.joining(",")) + "|"
                + (all ? "ALL" : districts.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newCode(int fiscalYear) {
        while (true) {
            String code = "CR" + fiscalYear + "-" + Long.toString(1_000_000L + RANDOM.nextInt(34_000_000), 36).toUpperCase();
            if (CityRequest.count("code", code) == 0) {
                return code;
            }
        }
    }

    /** The request as history shows it: every field as text, number or boolean. */
    public static Map<String, Object> auditState(CityRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code);
        m.put("title", r.title);
        m.put("description", r.description);
        m.put("sectionId", r.section.id);
        m.put("fiscalYear", r.fiscalYear);
        m.put("kind", r.kind);
        m.put("asks", sorted(r.asks).stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put("receiverKinds", r.receiverKinds.stream().sorted().collect(Collectors.joining(",")));
        m.put("allDistricts", r.allDistricts);
        m.put("districtIds", r.districtIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("channel", r.channel);
        m.put("schedule", schedule(r).stream().map(x -> x.month() + "x" + x.times()).collect(Collectors.joining(",")));
        m.put("deadlineDays", r.deadlineDays);
        m.put("deadlineNote", r.deadlineNote);
        m.put("headCount", r.headCount);
        m.put("mandatory", r.mandatory);
        m.put("people", r.people);
        m.put("hoursPerPerson", r.hoursPerPerson);
        m.put("status", r.status);
        return m;
    }
}

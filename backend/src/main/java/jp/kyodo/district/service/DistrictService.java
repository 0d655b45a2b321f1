package jp.kyodo.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.district.District;
import jp.kyodo.district.DistrictDtos.AssignmentRequest;
import jp.kyodo.district.DistrictDtos.AssignmentResponse;
import jp.kyodo.district.DistrictDtos.DistrictRequest;
import jp.kyodo.district.DistrictDtos.DistrictResponse;
import jp.kyodo.district.DistrictDtos.DistrictSummary;
import jp.kyodo.district.DistrictDtos.LiaisonRef;
import jp.kyodo.district.DistrictDtos.StatisticsRequest;
import jp.kyodo.district.DistrictDtos.StatisticsResponse;
import jp.kyodo.district.DistrictStatistics;
import jp.kyodo.district.LiaisonAssignment;
import jp.kyodo.ward.Ward;

/** 校区 — districts, their yearly statistics and their liaison assignments. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictService {

    private static final Map<String, String> SORT_KEYS = Map.of(
            "code", "d.code", "name", "d.kana", "kana", "d.kana", "ward", "w.code",
            "joinRate", "join_rate", "households", "agg.h");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    public record ListFilter(Long wardId, String q, Integer fiscalYear) {
    }

    /**
     * The district list in one statement: districts joined with the ward and the membership sums of the
     * chosen fiscal year (default: the latest year that has figures), so sorting by join rate is done by the
     * database as well.
     */
    public Page<DistrictSummary> list(ListFilter f, PageParams p) {
        Integer fy = f.fiscalYear() != null ? f.fiscalYear() : latestFiscalYear();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.wardId() != null) {
            where.append(" and d.ward_id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and d.search_key like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        String order = SortSpec.orderBy(p.sort, SORT_KEYS, "code", "d.id");
        boolean sortsByFigures = order.contains("join_rate") || order.contains("agg.");
        Query c = em.createNativeQuery("select count(*) from district d" + where);
        params.forEach(c::setParameter);
        long total = ((Number) c.getSingleResult()).longValue();
        List<DistrictSummary> items = sortsByFigures ? pageSortedByFigures(where, order, params, fy, p)
                : pageThenFigures(where, order, params, fy, p);
        return new Page<>(items, total, p.page, p.size);
    }

    /** Sorting by a figure: the database sums every district of the year, then sorts and pages. */
    private List<DistrictSummary> pageSortedByFigures(StringBuilder where, String order, Map<String, Object> params,
            Integer fy, PageParams p) {
        Query q = em.createNativeQuery("select d.id, d.code, d.name, d.kana, w.id as ward_id, w.name as ward_name,"
                + " agg.n, agg.h, agg.mh, case when agg.h > 0 then cast(agg.mh as decimal(18,6)) / agg.h end as join_rate"
                + " from district d join ward w on w.id = d.ward_id"
                + " left join (select o.district_id as district_id, count(*) as n, sum(m.households) as h,"
                + " sum(m.member_households) as mh from membership_figure m join organization o on o.id = m.organization_id"
                + " where m.fiscal_year = :fy group by o.district_id) agg on agg.district_id = d.id" + where + order);
        params.forEach(q::setParameter);
        q.setParameter("fy", fy == null ? -1 : fy);
        q.setFirstResult(p.offset()).setMaxResults(p.size);
        List<DistrictSummary> items = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(summary(r, fy, r[6], r[7], r[8]));
        }
        return items;
    }

    /** Any other sort: page the districts first, then sum the figures of just that page (index lookups). */
    private List<DistrictSummary> pageThenFigures(StringBuilder where, String order, Map<String, Object> params,
            Integer fy, PageParams p) {
        Query q = em.createNativeQuery("select d.id, d.code, d.name, d.kana, w.id as ward_id, w.name as ward_name"
                + " from district d join ward w on w.id = d.ward_id" + where + order);
        params.forEach(q::setParameter);
        q.setFirstResult(p.offset()).setMaxResults(p.size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<Long, Object[]> sums = new HashMap<>();
        if (!rows.isEmpty() && fy != null) {
            List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            for (Object[] a : em.createQuery("select o.district.id, count(m), sum(m.households), sum(m.memberHouseholds)"
                    + " from MembershipFigure m join m.organization o where m.fiscalYear = :fy and o.district.id in :ids"
                    + " group by o.district.id", Object[].class)
                    .setParameter("fy", fy).setParameter("ids", ids).getResultList()) {
                sums.put((Long) a[0], a);
            }
        }
        List<DistrictSummary> items = new ArrayList<>();
        for (Object[] r : rows) {
            Object[] a = sums.get(((Number) r[0]).longValue());
            items.add(summary(r, fy, a == null ? null : a[1], a == null ? null : a[2], a == null ? null : a[3]));
        }
        return items;
    }

    private static DistrictSummary summary(Object[] r, Integer fy, Object n, Object h, Object mh) {
        Long households = h == null ? null : ((Number) h).longValue();
        Long members = mh == null ? null : ((Number) mh).longValue();
        return new DistrictSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], fy, n == null ? 0 : ((Number) n).longValue(), households,
                members, rate(members, households));
    }

    public static BigDecimal rate(Long members, Long households) {
        if (members == null || households == null || households == 0) {
            return null;
        }
        return BigDecimal.valueOf(members).divide(BigDecimal.valueOf(households), 4, RoundingMode.HALF_UP);
    }

    public Integer latestFiscalYear() {
        return em.createQuery("select max(m.fiscalYear) from MembershipFigure m", Integer.class).getSingleResult();
    }

    public District find(long id) {
        District d = District.findById(id);
        if (d == null) {
            throw ProblemException.notFound("District", id);
        }
        return d;
    }

    public DistrictResponse get(long id) {
        District d = em.createQuery("from District d join fetch d.ward where d.id = :id", District.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("District", id));
        return toResponse(d);
    }

    DistrictResponse toResponse(District d) {
        StatisticsResponse latest = em.createQuery(
                "from DistrictStatistics s where s.district.id = :d order by s.fiscalYear desc", DistrictStatistics.class)
                .setParameter("d", d.id).setMaxResults(1).getResultStream().findFirst()
                .map(DistrictService::toResponse).orElse(null);
        List<LiaisonRef> liaisons = null;
        if (!currentUser.isAnonymous()) {
            LocalDate today = LocalDate.now();
            liaisons = em.createQuery("select a from LiaisonAssignment a join fetch a.user where a.district.id = :d"
                    + " and a.startsOn <= :t and (a.endsOn is null or a.endsOn >= :t) order by a.startsOn, a.id",
                    LiaisonAssignment.class)
                    .setParameter("d", d.id).setParameter("t", today).getResultStream()
                    .map(a -> new LiaisonRef(a.id, a.user.id, a.user.displayName, a.startsOn, a.endsOn)).toList();
        }
        return new DistrictResponse(d.id, d.code, d.name, d.kana, d.ward.id, d.ward.name, d.communityHall, d.note,
                latest, liaisons, new Permissions(currentUser.isAdminOrOffice()), d.version);
    }

    /** The state recorded in history (no computed or caller-specific parts). */
    static Map<String, Object> auditState(District d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("code", d.code);
        m.put("name", d.name);
        m.put("kana", d.kana);
        m.put("wardId", d.ward.id);
        m.put("communityHall", d.communityHall);
        m.put("note", d.note);
        return m;
    }

    @Transactional
    public DistrictResponse create(DistrictRequest r) {
        if (District.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another district", "Unique");
        }
        District d = new District();
        apply(d, r);
        d.persist();
        audit.record("District", d.id, null, null, AuditService.CREATE, null, auditState(d));
        return toResponse(d);
    }

    @Transactional
    public DistrictResponse update(long id, DistrictRequest r, String ifMatch) {
        District d = find(id);
        Versions.check(ifMatch, d.version, () -> toResponse(d));
        if (!d.code.equals(r.code()) && District.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another district", "Unique");
        }
        Map<String, Object> before = auditState(d);
        apply(d, r);
        em.flush();
        audit.record("District", d.id, null, null, AuditService.UPDATE, before, auditState(d));
        return toResponse(d);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        District d = find(id);
        Versions.check(ifMatch, d.version, () -> toResponse(d));
        long orgs = em.createQuery("select count(o) from Organization o where o.district.id = :d", Long.class)
                .setParameter("d", id).getSingleResult();
        if (orgs > 0) {
            throw ProblemException.conflict("The district still has " + orgs + " organizations; move or delete them first");
        }
        Map<String, Object> before = auditState(d);
        DistrictStatistics.delete("district.id", id);
        LiaisonAssignment.delete("district.id", id);
        d.delete();
        audit.record("District", id, null, null, AuditService.DELETE, before, null);
    }

    private void apply(District d, DistrictRequest r) {
        Ward w = Ward.findById(r.wardId());
        if (w == null) {
            throw ProblemException.invalid("wardId", "no such ward", "Exists");
        }
        d.code = r.code();
        d.name = r.name().strip();
        d.kana = TextNormalizer.reading(r.kana());
        d.ward = w;
        d.communityHall = Strings.blankToNull(r.communityHall());
        d.note = Strings.blankToNull(r.note());
        d.searchKey = TextNormalizer.searchKey(d.name, d.kana, d.code);
    }

    // ---- statistics -------------------------------------------------------------------------

    static StatisticsResponse toResponse(DistrictStatistics s) {
        return new StatisticsResponse(s.fiscalYear, s.population, s.households, s.version);
    }

    public Page<StatisticsResponse> statistics(long districtId, PageParams p) {
        find(districtId);
        long total = DistrictStatistics.count("district.id", districtId);
        List<DistrictStatistics> rows = DistrictStatistics.<DistrictStatistics>find(
                "district.id = ?1 order by fiscalYear desc", districtId).page(p.page - 1, p.size).list();
        return new Page<>(rows.stream().map(DistrictService::toResponse).toList(), total, p.page, p.size);
    }

    public record Saved<T>(T body, boolean created) {
    }

    @Transactional
    public Saved<StatisticsResponse> putStatistics(long districtId, int fiscalYear, StatisticsRequest r, String ifMatch) {
        District d = find(districtId);
        if (!currentUser.isAdminOrOffice()) {
            throw ProblemException.forbidden("Only the office may record resident statistics");
        }
        DistrictStatistics s = DistrictStatistics.<DistrictStatistics>find("district.id = ?1 and fiscalYear = ?2",
                districtId, fiscalYear).firstResult();
        boolean created = s == null;
        StatisticsResponse before = null;
        if (created) {
            s = new DistrictStatistics();
            s.district = d;
            s.fiscalYear = fiscalYear;
        } else {
            DistrictStatistics cur = s;
            before = toResponse(cur);
            Versions.check(ifMatch, cur.version, () -> toResponse(cur));
        }
        s.population = r.population();
        s.households = r.households();
        if (created) {
            s.persist();
        }
        em.flush();
        StatisticsResponse after = toResponse(s);
        audit.record("DistrictStatistics", s.id, "District", districtId,
                created ? AuditService.CREATE : AuditService.UPDATE, before, after);
        return new Saved<>(after, created);
    }

    // ---- liaison assignments ----------------------------------------------------------------

    static AssignmentResponse toResponse(LiaisonAssignment a) {
        return new AssignmentResponse(a.id, a.district.id, a.user.id, a.user.displayName, a.startsOn, a.endsOn,
                a.version);
    }

    public Page<AssignmentResponse> assignments(long districtId, PageParams p) {
        find(districtId);
        long total = LiaisonAssignment.count("district.id", districtId);
        List<LiaisonAssignment> rows = LiaisonAssignment.<LiaisonAssignment>find(
                "from LiaisonAssignment a join fetch a.user where a.district.id = ?1 order by a.startsOn desc, a.id",
                districtId).page(p.page - 1, p.size).list();
        return new Page<>(rows.stream().map(DistrictService::toResponse).toList(), total, p.page, p.size);
    }

    @Transactional
    public AssignmentResponse assign(long districtId, AssignmentRequest r) {
        LiaisonAssignment a = new LiaisonAssignment();
        a.district = find(districtId);
        applyAssignment(a, r);
        a.persist();
        AssignmentResponse after = toResponse(a);
        audit.record("LiaisonAssignment", a.id, "District", districtId, AuditService.CREATE, null, after);
        return after;
    }

    public LiaisonAssignment findAssignment(long id) {
        LiaisonAssignment a = LiaisonAssignment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Liaison assignment", id);
        }
        return a;
    }

    @Transactional
    public AssignmentResponse updateAssignment(long id, AssignmentRequest r, String ifMatch) {
        LiaisonAssignment a = findAssignment(id);
        AssignmentResponse before = toResponse(a);
        Versions.check(ifMatch, a.version, () -> before);
        applyAssignment(a, r);
        em.flush();
        AssignmentResponse after = toResponse(a);
        audit.record("LiaisonAssignment", a.id, "District", a.district.id, AuditService.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void deleteAssignment(long id, String ifMatch) {
        LiaisonAssignment a = findAssignment(id);
        AssignmentResponse before = toResponse(a);
        Versions.check(ifMatch, a.version, () -> before);
        a.delete();
        audit.record("LiaisonAssignment", id, "District", before.districtId(), AuditService.DELETE, before, null);
    }

    private static void applyAssignment(LiaisonAssignment a, AssignmentRequest r) {
        AppUser u = AppUser.findById(r.userId());
        if (u == null || !Roles.LIAISON.equals(u.role)) {
            throw ProblemException.invalid("userId", "must be an account with the role LIAISON", "Liaison");
        }
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn", "DateOrder");
        }
        a.user = u;
        a.startsOn = r.startsOn();
        a.endsOn = r.endsOn();
    }
}

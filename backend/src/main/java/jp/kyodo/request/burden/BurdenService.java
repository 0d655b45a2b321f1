package jp.kyodo.request.burden;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.burden.BurdenDtos.BurdenReport;
import jp.kyodo.request.burden.BurdenDtos.BurdenRow;
import jp.kyodo.request.burden.BurdenDtos.Calendar;
import jp.kyodo.request.burden.BurdenDtos.CalendarEntry;
import jp.kyodo.request.burden.BurdenDtos.CalendarMonth;
import jp.kyodo.request.burden.BurdenDtos.GroupBy;
import jp.kyodo.request.burden.BurdenDtos.KindCount;
import jp.kyodo.request.burden.BurdenDtos.RequestBurden;
import jp.kyodo.request.burden.BurdenDtos.RequestMonth;

/**
 * 負担 — every figure is computed by the database from the inventory and the registry (GROUP BY, no entity per
 * row). Which organizations a request lands on is {@link LandingRule}; the channel does not change it.
 * Aggregates count ACTIVE and ENDED requests, never drafts, and use today's registry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BurdenService {

    /** Annual hours one organization spends on request r. */
    public static final String HOURS_PER_ORG = "(r.occurrences * r.people * r.hours_per_person)";
    public static final String COUNTED = " r.status <> 'DRAFT'";

    public static final int[] FISCAL_MONTHS = {4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3};

    @Inject
    EntityManager em;

    // ---- per request --------------------------------------------------------------------------------

    /**
     * Receiving organizations of each request of a page, in one statement: the page's targets joined to the kept
     * organization counts ({@link LandingRule#receiverCountsSql}, {@link KeptReceivers}) — it costs the page's
     * targets, not the registry. A request without receivers is absent from the map.
     */
    public Map<Long, Long> organizationCounts(Collection<Long> requestIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (requestIds.isEmpty()) {
            return counts;
        }
        for (Object row : em.createNativeQuery("select c.cid, c.orgs from " + LandingRule.receiverCountsSql("r.id in (:ids)")
                + " c").setParameter("ids", requestIds).getResultList()) {
            Object[] a = (Object[]) row;
            counts.put(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue());
        }
        return counts;
    }

    public static BigDecimal hours(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    public RequestBurden of(CityRequest r) {
        Query q = em.createNativeQuery("select o.kind_code, count(*) from city_request r" + LandingRule.JOIN
                + " where r.id = :id and" + LandingRule.WHERE + " group by o.kind_code order by o.kind_code");
        q.setParameter("id", r.id);
        List<KindCount> byKind = new ArrayList<>();
        long total = 0;
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            long n = Rows.num(a[1]).longValue();
            byKind.add(new KindCount((String) a[0], n));
            total += n;
        }
        BigDecimal perOccurrence = r.hoursPerPerson.multiply(BigDecimal.valueOf(r.people));
        List<RequestMonth> months = new ArrayList<>();
        for (int m : FISCAL_MONTHS) {
            Integer times = r.schedule.get(m);
            if (times != null) {
                months.add(new RequestMonth(m, times, hours(perOccurrence.multiply(BigDecimal.valueOf((long) times * total)))));
            }
        }
        BigDecimal perOrg = r.hoursPerOrganizationPerYear();
        return new RequestBurden(r.id, total, byKind, r.occurrences, r.people, hours(r.hoursPerPerson),
                hours(perOccurrence), hours(perOrg), hours(perOrg.multiply(BigDecimal.valueOf(total))), months);
    }

    // ---- grouped -------------------------------------------------------------------------------------

    public record Filter(Long wardId, Long districtId, Long bureauId) {
    }

    private static final Map<String, String> SORT = Map.of("annualHours", "hours", "name", "name", "code", "code",
            "requests", "requests");

    public BurdenReport grouped(GroupBy groupBy, int fiscalYear, Filter f, PageParams p) {
        Map<String, Object> params = new HashMap<>();
        params.put("fy", fiscalYear);
        String base;
        // sections and departments: the kept figures per (year, section, kind) (KeptBurden), the sections' rows only
        String kept = "sum(k.requests) as requests, sum(case when k.kind = 'COOPERATION' then k.requests else 0 end) as coop,"
                + " sum(k.hours) as hours from kept_section_burden k";
        String landing = "count(distinct r.id) as requests, count(distinct case when r.kind = 'COOPERATION' then r.id end) as coop, sum("
                + HOURS_PER_ORG + ") as hours from city_request r" + LandingRule.JOIN + " where r.fiscal_year = :fy and" + COUNTED
                + " and" + LandingRule.WHERE;
        switch (groupBy) {
            case DEPARTMENT -> {
                base = "select g.id as id, g.code as code, g.name as name, b.name as parent, g.kana as kana,"
                        + " coalesce(y.requests, 0) as requests, coalesce(y.coop, 0) as coop, coalesce(y.hours, 0) as hours"
                        + " from department g join bureau b on b.id = g.bureau_id left join (select s.department_id as gid, " + kept
                        + " join section s on s.id = k.section_id where k.fiscal_year = :fy group by s.department_id) y on y.gid = g.id"
                        + " where 1 = 1";
                if (f.bureauId() != null) {
                    base += " and b.id = :bureau";
                    params.put("bureau", f.bureauId());
                }
            }
            case SECTION -> {
                base = "select g.id as id, g.code as code, g.name as name, dp.name as parent, g.kana as kana,"
                        + " coalesce(y.requests, 0) as requests, coalesce(y.coop, 0) as coop, coalesce(y.hours, 0) as hours"
                        + " from section g join department dp on dp.id = g.department_id left join (select k.section_id as gid, " + kept
                        + " where k.fiscal_year = :fy group by k.section_id) y on y.gid = g.id where 1 = 1";
                if (f.bureauId() != null) {
                    base += " and dp.bureau_id = :bureau";
                    params.put("bureau", f.bureauId());
                }
            }
            case DISTRICT -> {
                // the kept figures per (year, district) (KeptBurden): one primary-key row per district shown; each
                // filter shape is a statement of its own (no "(:x is null or …)", good generic plans)
                String outer = "";
                if (f.wardId() != null) {
                    outer += " and g.ward_id = :ward";
                    params.put("ward", f.wardId());
                }
                if (f.districtId() != null) {
                    outer += " and g.id = :district";
                    params.put("district", f.districtId());
                }
                base = "select g.id as id, g.code as code, g.name as name, w.name as parent, g.kana as kana,"
                        + " coalesce(y.requests, 0) as requests, coalesce(y.coop, 0) as coop, coalesce(y.hours, 0) as hours"
                        + " from district g join ward w on w.id = g.ward_id left join kept_district_burden y"
                        + " on y.district_id = g.id and y.fiscal_year = :fy where 1 = 1" + outer;
            }
            case ASSOCIATION -> {
                base = "select g.id as id, g.code as code, g.name as name, d.name as parent, g.kana as kana,"
                        + " coalesce(y.requests, 0) as requests, coalesce(y.coop, 0) as coop, coalesce(y.hours, 0) as hours"
                        + " from organization g left join district d on d.id = g.district_id left join (select o.id as gid, " + landing
                        + " and o.kind_code = 'NEIGHBORHOOD_ASSOCIATION' group by o.id) y on y.gid = g.id"
                        + " where g.kind_code = 'NEIGHBORHOOD_ASSOCIATION'";
                if (f.wardId() != null) {
                    base += " and d.ward_id = :ward";
                    params.put("ward", f.wardId());
                }
                if (f.districtId() != null) {
                    base += " and g.district_id = :district";
                    params.put("district", f.districtId());
                }
            }
            default -> throw new IllegalStateException();
        }
        String order = SortSpec.orderBy(p.sort, Map.of("annualHours", "hours", "name", "kana", "code", "code",
                "requests", "requests"), "-annualHours,name", "id");
        Query count = em.createNativeQuery("select count(*), sum(t.hours) from (" + base + ") t");
        Query page = em.createNativeQuery("select * from (" + base + ") t" + order.replace(" order by ", " order by t.")
                .replace(", ", ", t.") + " limit :lim offset :off");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        page.setParameter("lim", p.size);
        page.setParameter("off", p.offset());
        Object[] totals = (Object[]) count.getSingleResult();
        List<BurdenRow> rows = new ArrayList<>();
        for (Object row : page.getResultList()) {
            Object[] a = (Object[]) row;
            rows.add(new BurdenRow(Rows.num(a[0]).longValue(), (String) a[1], (String) a[2], (String) a[3],
                    Rows.num(a[5]).longValue(), Rows.num(a[6]).longValue(), hours(Rows.dec(a[7]))));
        }
        return new BurdenReport(groupBy, fiscalYear, hours(totals[1] == null ? BigDecimal.ZERO : Rows.dec(totals[1])), rows,
                Rows.num(totals[0]).longValue(), p.page, p.size);
    }

    /**
     * Annual hours per district of fiscal year {@code :fy} (districts with a counted request landing there): the kept
     * rows of {@code kept_district_burden} (KeptBurden), the same figures as the burden report by district.
     */
    public static final String HOURS_PER_DISTRICT = "select y.district_id, y.hours from kept_district_burden y"
            + " where y.fiscal_year = :fy and y.requests > 0";

    // ---- calendar ------------------------------------------------------------------------------------

    public Calendar districtCalendar(long districtId, int fiscalYear) {
        District d = District.findById(districtId);
        if (d == null) {
            throw ProblemException.notFound("District", districtId);
        }
        return calendar("DISTRICT", d.id, d.name, fiscalYear, "o.district_id = :subject");
    }

    public Calendar organizationCalendar(long organizationId, int fiscalYear) {
        Organization o = Organization.findById(organizationId);
        if (o == null) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        return calendar("ORGANIZATION", o.id, o.name, fiscalYear, "o.id = :subject");
    }

    private Calendar calendar(String subject, long id, String name, int fiscalYear, String condition) {
        Query q = em.createNativeQuery("select r.id, r.code, r.title, r.kind, s.name, m.month_no, m.times, count(*),"
                + " r.people, r.hours_per_person from city_request r join section s on s.id = r.section_id"
                + " join city_request_month m on m.request_id = r.id" + LandingRule.JOIN + " where r.fiscal_year = :fy and"
                + COUNTED + " and " + condition + " and" + LandingRule.WHERE
                + " group by r.id, r.code, r.title, r.kind, s.name, m.month_no, m.times, r.people, r.hours_per_person"
                + " order by m.month_no, r.code");
        q.setParameter("fy", fiscalYear);
        q.setParameter("subject", id);
        Map<Integer, List<CalendarEntry>> byMonth = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            int times = Rows.num(a[6]).intValue();
            long orgs = Rows.num(a[7]).longValue();
            BigDecimal h = Rows.dec(a[9]).multiply(BigDecimal.valueOf((long) times * Rows.num(a[8]).intValue() * orgs));
            byMonth.computeIfAbsent(Rows.num(a[5]).intValue(), k -> new ArrayList<>()).add(new CalendarEntry(
                    Rows.num(a[0]).longValue(), (String) a[1], (String) a[2], RequestKind.valueOf((String) a[3]),
                    (String) a[4], times, orgs, hours(h)));
        }
        List<CalendarMonth> months = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int m : FISCAL_MONTHS) {
            List<CalendarEntry> entries = byMonth.getOrDefault(m, List.of());
            BigDecimal sum = entries.stream().map(CalendarEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            total = total.add(sum);
            months.add(new CalendarMonth(m, m >= 4 ? fiscalYear : fiscalYear + 1, hours(sum), entries));
        }
        return new Calendar(subject, id, name, fiscalYear, hours(total), months);
    }

}

package jp.kyodo.workspace.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.workspace.LastVisitSource;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.membership.JoinRate;
import jp.kyodo.membership.service.DistrictListService;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.burden.LandingRule;
import jp.kyodo.workspace.WorkspaceDtos.Coverage;
import jp.kyodo.workspace.WorkspaceDtos.CoverageDistrict;
import jp.kyodo.workspace.WorkspaceDtos.CoverageLiaison;
import jp.kyodo.workspace.WorkspaceDtos.DistrictCard;
import jp.kyodo.workspace.WorkspaceDtos.DistrictRef;
import jp.kyodo.workspace.WorkspaceDtos.Home;
import jp.kyodo.workspace.WorkspaceDtos.JoinRateCard;
import jp.kyodo.workspace.WorkspaceDtos.KindCount;
import jp.kyodo.workspace.WorkspaceDtos.LiaisonRef;
import jp.kyodo.workspace.WorkspaceDtos.OfficeWorkListItem;
import jp.kyodo.workspace.WorkspaceDtos.OfficeWorklist;
import jp.kyodo.common.workspace.OfficeWorkItem;
import jp.kyodo.common.workspace.OfficeWorkItemSource;
import jp.kyodo.workspace.WorkspaceDtos.MonthRequests;
import jp.kyodo.workspace.WorkspaceDtos.WorkListItem;
import jp.kyodo.workspace.calendar.RequestDates;

/**
 * わたしの校区: a liaison's district cards and worklist, and the office's coverage view. Every figure is a
 * set-based query over all the districts at once (no query per district); work items come from every
 * {@link WorkItemSource} bean, the last visits from the activity log's {@link LastVisitSource} when it is there.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HomeService {

    /** Items due within this many days are on the worklist (each source may keep its own shorter horizon). */
    public static final int HORIZON_DAYS = 60;
    public static final String FOLLOW_UP = "FOLLOW_UP";

    @Inject
    DistrictListService districtList;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<WorkItemSource> workSources;

    @Inject
    Instance<LastVisitSource> visitSources;

    @Inject
    Instance<OfficeWorkItemSource> officeSources;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- home ------------------------------------------------------------------------------------------

    public Home home(long userId) {
        Object[] user = liaison(userId);
        LocalDate today = today();
        Map<Long, DistrictRef> districts = districts(assignedDistricts(List.of(userId), today).getOrDefault(userId, Set.of()));
        Set<Long> ids = districts.keySet();
        Map<Long, Object[]> councils = councils(ids);
        Map<Long, JoinRateCard> rates = joinRates(ids, RequestDates.fiscalYear(today));
        Map<Long, MonthRequests> month = monthRequests(ids, today);
        List<WorkItem> items = workItems(ids, today, HORIZON_DAYS);
        Map<Long, LocalDate> visits = lastVisits(ids);
        List<DistrictCard> cards = new ArrayList<>();
        for (DistrictRef d : districts.values()) {
            Map<String, Long> needs = new TreeMap<>();
            items.stream().filter(i -> i.districtId() == d.id()).forEach(i -> needs.merge(i.kind(), 1L, Long::sum));
            Object[] council = councils.get(d.id());
            LocalDate visit = visits.get(d.id());
            cards.add(new DistrictCard(d, council == null ? null : (String) council[1],
                    council == null ? null : Rows.num(council[0]).longValue(), rates.get(d.id()), month.get(d.id()),
                    needs.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList(), visit,
                    visit == null ? null : ChronoUnit.DAYS.between(visit, today)));
        }
        return new Home(new LiaisonRef(userId, (String) user[1]), today, visitsRecorded(), cards,
                worklist(items, districts, today));
    }

    /** The user as a liaison (id, display name); 404 when there is no such liaison. */
    Object[] liaison(long userId) {
        List<Object[]> rows = em.createQuery("select u.id, u.displayName from AppUser u where u.id = :id and u.role = :r",
                Object[].class).setParameter("id", userId).setParameter("r", Roles.LIAISON).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Liaison", userId);
        }
        return rows.get(0);
    }

    /** Districts assigned today to each of the users. */
    Map<Long, Set<Long>> assignedDistricts(Collection<Long> userIds, LocalDate today) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        for (Object[] a : em.createQuery("select a.user.id, a.district.id from LiaisonAssignment a where a.user.id in :u"
                + " and a.startsOn <= :t and (a.endsOn is null or a.endsOn >= :t)", Object[].class)
                .setParameter("u", userIds).setParameter("t", today).getResultList()) {
            out.computeIfAbsent((Long) a[0], k -> new LinkedHashSet<>()).add((Long) a[1]);
        }
        return out;
    }

    /** The districts with their ward, in ward and district code order. */
    public Map<Long, DistrictRef> districts(Collection<Long> ids) {
        Map<Long, DistrictRef> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] a : em.createQuery("select d.id, d.name, w.name from District d join d.ward w where d.id in :ids"
                + " order by w.code, d.code", Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) a[0], new DistrictRef((Long) a[0], (String) a[1], (String) a[2]));
        }
        return out;
    }

    Map<Long, DistrictRef> allDistricts() {
        Map<Long, DistrictRef> out = new LinkedHashMap<>();
        for (Object[] a : em.createQuery("select d.id, d.name, w.name from District d join d.ward w order by w.code, d.code",
                Object[].class).getResultList()) {
            out.put((Long) a[0], new DistrictRef((Long) a[0], (String) a[1], (String) a[2]));
        }
        return out;
    }

    Map<Long, Object[]> councils(Collection<Long> ids) {
        Map<Long, Object[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("select o.id, o.name, o.district_id from organization o"
                + " where o.kind_code = 'DISTRICT_COUNCIL' and o.district_id in (:d) order by o.code")
                .setParameter("d", ids).getResultList()) {
            Object[] a = (Object[]) row;
            out.putIfAbsent(Rows.num(a[2]).longValue(), a);
        }
        return out;
    }

    /** 加入率 of the latest fiscal year with figures up to {@code fiscalYear}, its change and the rank in the ward. */
    Map<Long, JoinRateCard> joinRates(Collection<Long> ids, int fiscalYear) {
        Map<Long, JoinRateCard> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Integer latest = districtList.latestFiscalYearUpTo(fiscalYear);
        int year = latest == null ? fiscalYear : latest;
        Map<Long, Long> wardOf = new HashMap<>();
        Map<Long, BigDecimal> now = new HashMap<>();
        Map<Long, BigDecimal> before = new HashMap<>();
        // the kept district totals (membership.service.MembershipTotals) of the wards of these districts
        for (Object row : em.createNativeQuery("select d.id, d.ward_id, t.fiscal_year, t.households, t.member_households"
                + " from membership_total_district t join district d on d.id = t.district_id"
                + " where d.ward_id in (select d2.ward_id from district d2 where d2.id in (:d)) and t.fiscal_year in (:y, :p)")
                .setParameter("d", ids).setParameter("y", year)
                .setParameter("p", year - 1).getResultList()) {
            Object[] a = (Object[]) row;
            long d = Rows.num(a[0]).longValue();
            wardOf.put(d, Rows.num(a[1]).longValue());
            BigDecimal rate = JoinRate.of(Rows.num(a[4]).longValue(), Rows.num(a[3]).longValue());
            if (rate != null) {
                (Rows.num(a[2]).intValue() == year ? now : before).put(d, rate);
            }
        }
        for (Long d : ids) {
            BigDecimal rate = now.get(d);
            BigDecimal prev = before.get(d);
            Long ward = wardOf.get(d);
            List<BigDecimal> peers = now.entrySet().stream().filter(e -> ward != null && ward.equals(wardOf.get(e.getKey())))
                    .map(Map.Entry::getValue).toList();
            Integer rank = rate == null ? null : (int) peers.stream().filter(r -> r.compareTo(rate) > 0).count() + 1;
            out.put(d, new JoinRateCard(year, rate, prev, rate != null && prev != null ? rate.subtract(prev) : null, rank,
                    peers.size()));
        }
        return out;
    }

    /** Requests landing on each district's organizations this month (the burden rule), with their hours. */
    Map<Long, MonthRequests> monthRequests(Collection<Long> ids, LocalDate today) {
        Map<Long, MonthRequests> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("select o.district_id, count(distinct r.id), sum(m.times * r.people * r.hours_per_person)"
                + " from city_request r join city_request_month m on m.request_id = r.id and m.month_no = :m" + LandingRule.JOIN
                + " where r.fiscal_year = :fy and" + BurdenService.COUNTED + " and o.district_id in (:d) and" + LandingRule.WHERE
                + " group by o.district_id").setParameter("m", today.getMonthValue())
                .setParameter("fy", RequestDates.fiscalYear(today)).setParameter("d", ids).getResultList()) {
            Object[] a = (Object[]) row;
            out.put(Rows.num(a[0]).longValue(), new MonthRequests(today.getYear(), today.getMonthValue(),
                    Rows.num(a[1]).longValue(), BurdenService.hours(Rows.dec(a[2]))));
        }
        for (Long d : ids) {
            out.putIfAbsent(d, new MonthRequests(today.getYear(), today.getMonthValue(), 0, BurdenService.hours(BigDecimal.ZERO)));
        }
        return out;
    }

    List<WorkItem> workItems(Collection<Long> ids, LocalDate today, int horizon) {
        List<WorkItem> items = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (WorkItemSource s : workSources) {
                items.addAll(s.items(ids, today, horizon));
            }
        }
        return items;
    }

    boolean visitsRecorded() {
        return !visitSources.isUnsatisfied();
    }

    Map<Long, LocalDate> lastVisits(Collection<Long> ids) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (LastVisitSource s : visitSources) {
            s.lastVisits(ids).forEach((d, v) -> out.merge(d, v, (a, b) -> a.isAfter(b) ? a : b));
        }
        return out;
    }

    /** Items merged across districts (the same thing in two districts is one line), by due date, undated last. */
    static List<WorkListItem> worklist(List<WorkItem> items, Map<Long, DistrictRef> districts, LocalDate today) {
        record Key(String kind, Object subject, java.time.LocalDate due) {
        }
        Map<Key, List<WorkItem>> merged = new LinkedHashMap<>();
        for (WorkItem i : items) {
            Object subject = i.subjectId() != null ? i.subjectId() : i.link() + "|" + i.title();
            merged.computeIfAbsent(new Key(i.kind(), subject, i.due()), k -> new ArrayList<>()).add(i);
        }
        List<WorkListItem> out = new ArrayList<>();
        merged.values().forEach(list -> {
            WorkItem first = list.get(0);
            List<DistrictRef> ds = list.stream().map(WorkItem::districtId).distinct().map(districts::get)
                    .filter(java.util.Objects::nonNull).toList();
            out.add(new WorkListItem(first.kind(), first.due(), first.due() != null && first.due().isBefore(today),
                    first.title(), first.link(), ds));
        });
        out.sort(Comparator.comparing(WorkListItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkListItem::kind).thenComparing(WorkListItem::title));
        return out;
    }

    // ---- the office's worklist ------------------------------------------------------------------------

    /** 事務局のやること: every office source's items, by due date, undated last. */
    public OfficeWorklist officeWorklist() {
        LocalDate today = today();
        List<OfficeWorkListItem> out = new ArrayList<>();
        for (OfficeWorkItemSource s : officeSources) {
            for (OfficeWorkItem i : s.officeItems(today, HORIZON_DAYS)) {
                out.add(new OfficeWorkListItem(i.kind(), i.due(), i.due() != null && i.due().isBefore(today), i.title(),
                        i.count(), i.link()));
            }
        }
        out.sort(Comparator.comparing(OfficeWorkListItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OfficeWorkListItem::kind).thenComparing(OfficeWorkListItem::title));
        return new OfficeWorklist(today, out);
    }

    // ---- coverage --------------------------------------------------------------------------------------

    public Coverage coverage(int staleDays) {
        LocalDate today = today();
        Map<Long, String> liaisons = new LinkedHashMap<>();
        for (Object[] a : em.createQuery("select u.id, u.displayName from AppUser u where u.role = :r and u.enabled = true"
                + " order by u.displayName, u.id", Object[].class).setParameter("r", Roles.LIAISON).getResultList()) {
            liaisons.put((Long) a[0], (String) a[1]);
        }
        Map<Long, Set<Long>> assigned = assignedDistricts(liaisons.keySet(), today);
        Map<Long, DistrictRef> all = allDistricts();
        Map<Long, List<LiaisonRef>> byDistrict = new HashMap<>();
        assigned.forEach((u, ds) -> ds.forEach(d -> byDistrict.computeIfAbsent(d, k -> new ArrayList<>())
                .add(new LiaisonRef(u, liaisons.get(u)))));
        Map<Long, LocalDate> visits = lastVisits(all.keySet());
        Map<Long, Long> followUps = new HashMap<>();
        Set<Long> covered = byDistrict.keySet();
        for (WorkItem i : workItems(covered, today, 36500)) {
            if (FOLLOW_UP.equals(i.kind())) {
                followUps.merge(i.districtId(), 1L, Long::sum);
            }
        }
        boolean recorded = visitsRecorded();
        Map<Long, CoverageDistrict> rows = new LinkedHashMap<>();
        all.forEach((id, d) -> {
            LocalDate v = visits.get(id);
            Long days = v == null ? null : ChronoUnit.DAYS.between(v, today);
            List<String> attention = new ArrayList<>();
            List<LiaisonRef> ls = byDistrict.getOrDefault(id, List.of());
            if (ls.isEmpty()) {
                attention.add("NO_LIAISON");
            }
            if (recorded && (days == null || days > staleDays)) {
                attention.add("NO_RECENT_VISIT");
            }
            rows.put(id, new CoverageDistrict(d, ls, v, days, followUps.getOrDefault(id, 0L), attention));
        });
        List<CoverageLiaison> perLiaison = new ArrayList<>();
        liaisons.forEach((u, name) -> {
            List<CoverageDistrict> ds = rows.values().stream()
                    .filter(r -> r.liaisons().stream().anyMatch(l -> l.userId().equals(u))).toList();
            perLiaison.add(new CoverageLiaison(new LiaisonRef(u, name),
                    ds.stream().mapToLong(CoverageDistrict::openFollowUps).sum(), ds));
        });
        return new Coverage(today, staleDays, recorded, perLiaison,
                rows.values().stream().filter(r -> !r.attention().isEmpty()).toList());
    }
}

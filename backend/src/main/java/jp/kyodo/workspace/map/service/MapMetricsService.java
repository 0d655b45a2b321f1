package jp.kyodo.workspace.map.service;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.workspace.LastVisitSource;
import jp.kyodo.membership.JoinRate;
import jp.kyodo.membership.service.DistrictListService;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.ward.Ward;
import jp.kyodo.workspace.map.MapDtos.DistrictMetric;
import jp.kyodo.workspace.map.MapDtos.MapMetrics;

/**
 * The figures of the map, every district of the city (or of a ward) in four set-based queries: districts, join
 * rates of the year and the year before (the kept membership totals, {@link JoinRate}), hours landing this year (the request
 * feature's landing rule and hours per organization, as the burden report by district), and last visits from the
 * activity log when it is there ({@link LastVisitSource}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MapMetricsService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DistrictListService districtList;

    @Inject
    Instance<LastVisitSource> lastVisits;

    public MapMetrics metrics(Integer fiscalYear, Long wardId) {
        if (wardId != null && Ward.findById(wardId) == null) {
            throw ProblemException.invalid("wardId", "no such ward", "Exists");
        }
        LocalDate today = LocalDate.now(clock);
        int fy = fiscalYear != null ? fiscalYear : defaultFiscalYear(today);
        var q = em.createNativeQuery("select d.id, d.code, d.name, w.id as wid, w.name as wname,"
                + " case when b.district_id is null then 0 else 1 end as has_boundary from district d join ward w on w.id = d.ward_id"
                + " left join district_boundary b on b.district_id = d.id"
                + (wardId == null ? "" : " where d.ward_id = :ward") + " order by w.code, d.code, d.id");
        if (wardId != null) {
            q.setParameter("ward", wardId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> districts = q.getResultList();
        List<Long> ids = districts.stream().map(a -> Rows.num(a[0]).longValue()).toList();

        Map<Long, BigDecimal> rate = new HashMap<>();
        Map<Long, BigDecimal> previous = new HashMap<>();
        var sums = em.createNativeQuery("select t.district_id, t.fiscal_year, t.households, t.member_households"
                + " from membership_total_district t" + (wardId == null ? "" : " join district d on d.id = t.district_id")
                + " where t.fiscal_year in (:fy, :prev)" + (wardId == null ? "" : " and d.ward_id = :ward"))
                .setParameter("fy", fy).setParameter("prev", fy - 1);
        if (wardId != null) {
            sums.setParameter("ward", wardId);
        }
        for (Object row : sums.getResultList()) {
            Object[] a = (Object[]) row;
            BigDecimal r = JoinRate.of(Rows.num(a[3]).longValue(), Rows.num(a[2]).longValue());
            if (r != null) {
                (Rows.num(a[1]).intValue() == fy ? rate : previous).put(Rows.num(a[0]).longValue(), r);
            }
        }

        Map<Long, BigDecimal> hours = new HashMap<>();
        // per district, kept (the same figures as the burden report by district)
        for (Object row : em.createNativeQuery(BurdenService.HOURS_PER_DISTRICT)
                .setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            hours.put(Rows.num(a[0]).longValue(), BurdenService.hours(Rows.dec(a[1])));
        }

        boolean visitsRecorded = lastVisits.isResolvable();
        Map<Long, LocalDate> visits = visitsRecorded && !ids.isEmpty() ? lastVisits.get().lastVisits(ids) : Map.of();
        Set<Long> mine = new HashSet<>(currentUser.districtIds());

        List<DistrictMetric> out = new ArrayList<>();
        for (Object[] a : districts) {
            long id = Rows.num(a[0]).longValue();
            BigDecimal r = rate.get(id);
            BigDecimal p = previous.get(id);
            LocalDate last = visits.get(id);
            out.add(new DistrictMetric(id, (String) a[1], (String) a[2], Rows.num(a[3]).longValue(), (String) a[4], r, p,
                    r != null && p != null ? r.subtract(p) : null, hours.getOrDefault(id, BurdenService.hours(BigDecimal.ZERO)),
                    last == null ? null : Math.max(0, ChronoUnit.DAYS.between(last, today)), mine.contains(id),
                    Rows.num(a[5]).intValue() == 1));
        }
        return new MapMetrics(fy, visitsRecorded, today, out);
    }

    /** The latest fiscal year with membership figures, not after this one; this one when there are none. */
    public int defaultFiscalYear(LocalDate today) {
        int current = Japanese.fiscalYearOf(today);
        Integer latest = districtList.latestFiscalYear();
        return latest == null || latest > current ? current : latest;
    }
}

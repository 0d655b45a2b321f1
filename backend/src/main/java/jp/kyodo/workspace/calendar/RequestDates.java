package jp.kyodo.workspace.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.persistence.Rows;

/**
 * The dates of requests in districts. The inventory schedules a request by month (times per month of its fiscal
 * year) and gives a deadline as days after receipt, so a request's <em>date</em> in a month is the first day of that
 * month (when it reaches the councils) and its <em>deadline</em> that date plus {@code deadlineDays}. A request is in
 * a district when it goes to all districts or names the district; drafts are left out. Two queries whatever the
 * number of districts.
 */
@ApplicationScoped
public class RequestDates {

    /** One scheduled occurrence of a request, with the requested districts it lands in. */
    public record Occurrence(long requestId, String code, String title, LocalDate date, LocalDate deadline,
            int times, Set<Long> districtIds) {
    }

    @Inject
    EntityManager em;

    /** Occurrences whose date or deadline lies in {@code [from, to]}, in the given districts. */
    public List<Occurrence> occurrences(Collection<Long> districtIds, LocalDate from, LocalDate to) {
        List<Occurrence> out = new ArrayList<>();
        if (districtIds.isEmpty() || from.isAfter(to)) {
            return out;
        }
        // a deadline is at most 365 days after the date: start from the fiscal year holding (from − 365 days)
        int firstFy = fiscalYear(from.minusDays(366));
        int lastFy = fiscalYear(to);
        List<Object[]> rows = new ArrayList<>();
        Set<Long> chosen = new LinkedHashSet<>();
        for (Object row : em.createNativeQuery("select r.id, r.code, r.title, r.fiscal_year, r.deadline_days, r.all_districts,"
                + " m.month_no, m.times from city_request r join city_request_month m on m.request_id = r.id"
                + " where r.status <> 'DRAFT' and r.fiscal_year between :f and :l and (r.all_districts = true or exists"
                + " (select 1 from city_request_district rd where rd.request_id = r.id and rd.district_id in (:d)) or exists"
                + " (select 1 from city_request_ward rw join district dw on dw.ward_id = rw.ward_id where rw.request_id = r.id"
                + " and dw.id in (:d)))"
                + " order by r.id, m.month_no").setParameter("f", firstFy).setParameter("l", lastFy)
                .setParameter("d", districtIds).getResultList()) {
            Object[] a = (Object[]) row;
            rows.add(a);
            if (!Boolean.TRUE.equals(a[5])) {
                chosen.add(Rows.num(a[0]).longValue());
            }
        }
        Map<Long, Set<Long>> named = new HashMap<>();
        if (!chosen.isEmpty()) {
            // chosen districts, and (区単位) the districts of chosen wards as they are now
            for (Object row : em.createNativeQuery("select rd.request_id, rd.district_id from city_request_district rd"
                    + " where rd.request_id in (:r) and rd.district_id in (:d)"
                    + " union select rw.request_id, dw.id from city_request_ward rw join district dw on dw.ward_id = rw.ward_id"
                    + " where rw.request_id in (:r) and dw.id in (:d)").setParameter("r", chosen)
                    .setParameter("d", districtIds).getResultList()) {
                Object[] a = (Object[]) row;
                named.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new LinkedHashSet<>()).add(Rows.num(a[1]).longValue());
            }
        }
        Set<Long> all = new LinkedHashSet<>(districtIds);
        for (Object[] a : rows) {
            long id = Rows.num(a[0]).longValue();
            int fy = Rows.num(a[3]).intValue();
            int month = Rows.num(a[6]).intValue();
            LocalDate date = LocalDate.of(month >= 4 ? fy : fy + 1, month, 1);
            LocalDate deadline = a[4] == null ? null : date.plusDays(Rows.num(a[4]).intValue());
            boolean dateIn = !date.isBefore(from) && !date.isAfter(to);
            boolean deadlineIn = deadline != null && !deadline.isBefore(from) && !deadline.isAfter(to);
            if (!dateIn && !deadlineIn) {
                continue;
            }
            Set<Long> in = Boolean.TRUE.equals(a[5]) ? all : named.getOrDefault(id, Set.of());
            if (!in.isEmpty()) {
                out.add(new Occurrence(id, (String) a[1], (String) a[2], date, deadline, Rows.num(a[7]).intValue(), in));
            }
        }
        return out;
    }

    /** 年度: April to March. */
    public static int fiscalYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }
}

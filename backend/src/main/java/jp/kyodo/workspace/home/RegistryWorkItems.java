package jp.kyodo.workspace.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.workspace.calendar.RequestDates;

/**
 * What the registry and the inventory ask of a liaison: associations without membership figures for the current
 * fiscal year (FIGURES_MISSING, undated), officer terms ending within {@value #TERM_DAYS} days (TERM_ENDING) and
 * request deadlines within {@value #DEADLINE_DAYS} days (REQUEST_DEADLINE). These horizons are the rule whatever
 * horizon the caller asks for. One or two set-based queries each.
 */
@ApplicationScoped
public class RegistryWorkItems implements WorkItemSource {

    public static final String FIGURES_MISSING = "FIGURES_MISSING";
    public static final String TERM_ENDING = "TERM_ENDING";
    public static final String REQUEST_DEADLINE = "REQUEST_DEADLINE";
    public static final int TERM_DAYS = 60;
    public static final int DEADLINE_DAYS = 30;

    @Inject
    EntityManager em;

    @Inject
    RequestDates requestDates;

    @Override
    public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
        List<WorkItem> out = new ArrayList<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        int fy = RequestDates.fiscalYear(today);
        for (Object row : em.createNativeQuery("select o.id, o.name, o.district_id from organization o"
                + " where o.kind_code = 'NEIGHBORHOOD_ASSOCIATION' and o.district_id in (:d) and not exists"
                + " (select 1 from membership_figure m where m.organization_id = o.id and m.fiscal_year = :fy)"
                + " order by o.kana, o.id").setParameter("d", districtIds).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            long id = Rows.num(a[0]).longValue();
            out.add(new WorkItem(FIGURES_MISSING, Rows.num(a[2]).longValue(), null, (String) a[1],
                    "/organizations/" + id, id));
        }
        for (Object row : em.createNativeQuery("select f.id, f.person_name, f.role, f.term_end, o.id, o.name, o.district_id"
                + " from officer f join organization o on o.id = f.organization_id where o.district_id in (:d)"
                + " and f.term_end between :t and :h order by f.term_end, f.id").setParameter("d", districtIds)
                .setParameter("t", today).setParameter("h", today.plusDays(TERM_DAYS)).getResultList()) {
            Object[] a = (Object[]) row;
            out.add(new WorkItem(TERM_ENDING, Rows.num(a[6]).longValue(), Rows.date(a[3]), a[5] + " " + a[1],
                    "/organizations/" + Rows.num(a[4]).longValue(), Rows.num(a[0]).longValue()));
        }
        for (RequestDates.Occurrence o : requestDates.occurrences(districtIds, today, today.plusDays(DEADLINE_DAYS))) {
            if (o.deadline() == null || o.deadline().isBefore(today) || o.deadline().isAfter(today.plusDays(DEADLINE_DAYS))) {
                continue;
            }
            for (long d : o.districtIds()) {
                out.add(new WorkItem(REQUEST_DEADLINE, d, o.deadline(), o.title(), "/requests/" + o.requestId(),
                        o.requestId()));
            }
        }
        return out;
    }

}

package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.calendar.CalendarSource;

/**
 * The paperwork deadlines of subsidies and consignments in the districts' calendars (kind {@code GRANT_DEADLINE}):
 * a program's plan, application and results-report deadlines land in every district where an organization has a case
 * of it — once per program, district and deadline, however many organizations there — as all-day entries. One
 * statement for all districts.
 */
@ApplicationScoped
public class GrantCalendar implements CalendarSource {

    public static final String KIND = "GRANT_DEADLINE";

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entries(Collection<Long> districtIds, LocalDate from, LocalDate to) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select distinct p.id, p.name, p.planDueOn, p.applicationDueOn, p.resultsDueOn, o.district.id "
                + "from GrantCase c join c.program p join c.organization o where o.district.id in :ids and ("
                + "p.planDueOn between :from and :to or p.applicationDueOn between :from and :to or p.resultsDueOn between :from and :to)",
                Object[].class).setParameter("ids", districtIds).setParameter("from", from).setParameter("to", to).getResultList();
        List<CalendarEntry> out = new ArrayList<>();
        for (Object[] r : rows) {
            long program = (Long) r[0];
            String name = (String) r[1];
            long district = (Long) r[5];
            add(out, program, district, "plan", (LocalDate) r[2], name + " 事業計画の提出期限", from, to);
            add(out, program, district, "application", (LocalDate) r[3], name + " 申請期限", from, to);
            add(out, program, district, "results", (LocalDate) r[4], name + " 実績報告の期限", from, to);
        }
        return out;
    }

    static void add(List<CalendarEntry> out, long program, long district, String which, LocalDate on, String title,
            LocalDate from, LocalDate to) {
        if (on == null || on.isBefore(from) || on.isAfter(to)) {
            return;
        }
        out.add(new CalendarEntry("grant-" + program + "-" + district + "-" + which + "@kyodo", KIND, district, on, null, title,
                "/grant-cases?programId=" + program + "&districtId=" + district));
    }
}

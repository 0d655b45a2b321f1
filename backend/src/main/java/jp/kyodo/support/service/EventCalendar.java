package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.calendar.CalendarSource;

/**
 * 研修・説明会等 in the districts' calendars: an event lands in the calendar of each district whose people registered
 * for it (with its start time when it has one), in one statement over all the districts asked for.
 */
@ApplicationScoped
public class EventCalendar implements CalendarSource {

    public static final String KIND = "SUPPORT_EVENT";

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entries(Collection<Long> districtIds, LocalDate from, LocalDate to) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        List<CalendarEntry> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select distinct e.id, e.title, e.heldOn, e.startsAt, a.districtId from SupportEvent e "
                + "join e.attendance a where a.districtId in :ids and e.heldOn between :from and :to", Object[].class)
                .setParameter("ids", districtIds).setParameter("from", from).setParameter("to", to).getResultList()) {
            long id = (Long) r[0];
            LocalDate on = (LocalDate) r[2];
            LocalTime at = (LocalTime) r[3];
            long district = (Long) r[4];
            out.add(new CalendarEntry("event-" + id + "-" + district + "@kyodo", KIND, district, on, at == null ? null : on.atTime(at),
                    (String) r[1], "/support-events/" + id));
        }
        return out;
    }
}

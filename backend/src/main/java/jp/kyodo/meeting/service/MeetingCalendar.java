package jp.kyodo.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.calendar.CalendarSource;
import jp.kyodo.meeting.CouncilMeeting;

/**
 * Meetings in the calendars (kind {@code MEETING}): a meeting lands in a district when its body belongs to that
 * district's council (a district council's general assembly, board …). Meetings of the city-wide council belong to
 * no one district and are left out. All-day entries: meetings are recorded with their date only.
 */
@ApplicationScoped
public class MeetingCalendar implements CalendarSource {

    public static final String KIND = "MEETING";

    @Inject
    EntityManager em;

    @Override
    public List<CalendarEntry> entries(Collection<Long> districtIds, LocalDate from, LocalDate to) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select m, o.district.id from CouncilMeeting m join fetch m.body b join b.organization o"
                + " where o.district.id in :ids and m.heldOn between :from and :to", Object[].class)
                .setParameter("ids", districtIds).setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> {
            CouncilMeeting m = (CouncilMeeting) r[0];
            return new CalendarEntry("meeting-" + m.id + "@kyodo", KIND, (Long) r[1], m.heldOn, null,
                    MeetingService.displayName(m), "/meetings?body=" + m.body.id);
        }).toList();
    }
}

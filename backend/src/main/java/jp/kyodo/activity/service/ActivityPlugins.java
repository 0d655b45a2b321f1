package jp.kyodo.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.activity.ActivityType;
import jp.kyodo.activity.FollowUpStatus;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.calendar.CalendarSource;
import jp.kyodo.common.workspace.LastVisitSource;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;

/**
 * What the activity log offers the workspace: open follow-ups for the worklist (やること), the last in-person contact
 * per district ({@link ActivityType#inPerson()}), and follow-up due dates and activities for the calendars. Each is
 * one query over all the districts asked for. A record naming several districts gives one item per district.
 */
public final class ActivityPlugins {

    private ActivityPlugins() {
    }

    static final List<ActivityType> IN_PERSON = java.util.Arrays.stream(ActivityType.values())
            .filter(ActivityType::inPerson).toList();

    /** 対応事項 on the worklist: open, overdue or due within the horizon; kind FOLLOW_UP. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.SUPPORTS)
    public static class FollowUpWorkItems implements WorkItemSource {

        @Inject
        EntityManager em;

        @Override
        public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
            if (districtIds.isEmpty()) {
                return List.of();
            }
            List<Object[]> rows = em.createQuery("select f.id, f.description, f.dueOn, a.id, d.id from FollowUp f"
                    + " join f.activity a join a.districts d where f.status = :open and d.id in :ids"
                    + " and (f.dueOn is null or f.dueOn <= :limit)", Object[].class)
                    .setParameter("open", FollowUpStatus.OPEN).setParameter("ids", districtIds)
                    .setParameter("limit", today.plusDays(horizonDays)).getResultList();
            List<WorkItem> items = new ArrayList<>();
            for (Object[] r : rows) {
                items.add(new WorkItem("FOLLOW_UP", (Long) r[4], (LocalDate) r[2], (String) r[1], "/activities/" + r[3],
                        (Long) r[0]));
            }
            return items;
        }
    }

    /** The latest in-person activity per district (visit, meeting, consultation, study session, event). */
    @ApplicationScoped
    @Transactional(Transactional.TxType.SUPPORTS)
    public static class LastVisits implements LastVisitSource {

        @Inject
        EntityManager em;

        @Override
        public Map<Long, LocalDate> lastVisits(Collection<Long> districtIds) {
            Map<Long, LocalDate> last = new HashMap<>();
            if (districtIds.isEmpty()) {
                return last;
            }
            em.createQuery("select d.id, max(a.occurredOn) from Activity a join a.districts d where d.id in :ids"
                    + " and a.type in :types group by d.id", Object[].class).setParameter("ids", districtIds)
                    .setParameter("types", IN_PERSON).getResultList()
                    .forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
            return last;
        }
    }

    /** Open follow-ups on their due day (FOLLOW_UP) and the activities themselves (ACTIVITY). */
    @ApplicationScoped
    @Transactional(Transactional.TxType.SUPPORTS)
    public static class Calendar implements CalendarSource {

        @Inject
        EntityManager em;

        @Override
        public List<CalendarEntry> entries(Collection<Long> districtIds, LocalDate from, LocalDate to) {
            if (districtIds.isEmpty()) {
                return List.of();
            }
            List<CalendarEntry> entries = new ArrayList<>();
            em.createQuery("select f.id, f.description, f.dueOn, a.id, d.id from FollowUp f join f.activity a"
                    + " join a.districts d where f.status = :open and d.id in :ids and f.dueOn between :from and :to",
                    Object[].class).setParameter("open", FollowUpStatus.OPEN).setParameter("ids", districtIds)
                    .setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(r -> entries.add(new CalendarEntry("follow-up-" + r[0] + "@kyodo", "FOLLOW_UP", (Long) r[4],
                            (LocalDate) r[2], null, "対応事項: " + r[1], "/activities/" + r[3])));
            // the title names the kind and the district, never the summary: a calendar feed may leave the office
            em.createQuery("select a.id, a.type, a.occurredOn, a.startsAt, d.id, d.name from Activity a join a.districts d"
                    + " where d.id in :ids and a.occurredOn between :from and :to", Object[].class)
                    .setParameter("ids", districtIds).setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(r -> {
                        LocalDate day = (LocalDate) r[2];
                        LocalTime start = (LocalTime) r[3];
                        entries.add(new CalendarEntry("activity-" + r[0] + "-" + r[4] + "@kyodo", "ACTIVITY", (Long) r[4],
                                day, start == null ? null : LocalDateTime.of(day, start),
                                ((ActivityType) r[1]).labelJa() + " (" + r[5] + "校区)", "/activities/" + r[0]));
                    });
            return entries;
        }
    }
}

package jp.kyodo.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.workspace.OfficeWorkItem;
import jp.kyodo.common.workspace.OfficeWorkItemSource;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;

/**
 * Vacancies and terms ending in the council bodies. A liaison's worklist: their districts without a representative
 * in a district representative's seat, and the empty seats of their district councils' bodies (SEAT_VACANT,
 * undated); members of their districts whose term ends within {@value #TERM_DAYS} days with nobody lined up for the
 * seat after them (SEAT_TERM_ENDING). The office's worklist: the same per seat over the whole city, for the bodies
 * of no single district. One statement each.
 */
@ApplicationScoped
public class SeatWorkItems implements WorkItemSource, OfficeWorkItemSource {

    public static final String VACANT = "SEAT_VACANT";
    public static final String TERM_ENDING = "SEAT_TERM_ENDING";
    public static final int TERM_DAYS = 60;

    /** The districts a district representative's seat reaches ({@code d} against the body's council {@code o}). */
    static final String REACH = "(d.id = o.district_id or (o.district_id is null and (o.ward_id is null or d.ward_id = o.ward_id))"
            + " or o.id is null)";
    static final String IN_TERM = "m.term_start <= :t and (m.term_end is null or m.term_end >= :t)";
    static final String FILLED = "(select count(*) from council_member m where m.seat_id = s.id and " + IN_TERM + ")";
    static final String NO_REPRESENTATIVE = "not exists (select 1 from council_member m where m.seat_id = s.id and m.district_id = d.id"
            + " and " + IN_TERM + ")";
    /** Nobody starts in the seat (for the same district) after the member's term ends. */
    static final String NO_SUCCESSOR = "not exists (select 1 from council_member n where n.seat_id = m.seat_id and n.term_start > m.term_end"
            + " and (m.district_id is null or n.district_id = m.district_id))";

    @Inject
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
        List<WorkItem> out = new ArrayList<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select s.id, s.title, b.id, b.name_ja, d.id from council_seat s"
                + " join council_body b on b.id = s.body_id left join organization o on o.id = b.organization_id"
                + " join district d on " + REACH + " where s.filling = 'DISTRICT_REPRESENTATIVE' and d.id in (:d) and "
                + NO_REPRESENTATIVE + " order by b.sort_order, s.sort_order, s.id").setParameter("d", districtIds)
                .setParameter("t", today).getResultList()) {
            out.add(new WorkItem(VACANT, Rows.num(a[4]).longValue(), null, a[3] + " " + a[1], link(a[2]), Rows.num(a[0]).longValue()));
        }
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select s.id, s.title, b.id, b.name_ja, o.district_id from council_seat s"
                + " join council_body b on b.id = s.body_id join organization o on o.id = b.organization_id"
                + " where s.filling <> 'DISTRICT_REPRESENTATIVE' and o.district_id in (:d) and s.seats > " + FILLED
                + " order by b.sort_order, s.sort_order, s.id").setParameter("d", districtIds).setParameter("t", today).getResultList()) {
            out.add(new WorkItem(VACANT, Rows.num(a[4]).longValue(), null, a[3] + " " + a[1], link(a[2]), Rows.num(a[0]).longValue()));
        }
        String district = "coalesce(m.district_id, mo.district_id, bo.district_id)";
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select m.id, m.person_name, s.title, b.id, b.name_ja, m.term_end, "
                + district + " from council_member m join council_seat s on s.id = m.seat_id join council_body b on b.id = m.body_id"
                + " left join organization mo on mo.id = m.organization_id left join organization bo on bo.id = b.organization_id"
                + " where m.term_end between :t and :h and " + district + " in (:d) and " + NO_SUCCESSOR + " order by m.term_end, m.id")
                .setParameter("d", districtIds).setParameter("t", today).setParameter("h", today.plusDays(TERM_DAYS)).getResultList()) {
            out.add(new WorkItem(TERM_ENDING, Rows.num(a[6]).longValue(), Rows.date(a[5]), a[4] + " " + a[2] + " " + a[1], link(a[3]),
                    Rows.num(a[0]).longValue()));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OfficeWorkItem> officeItems(LocalDate today, int horizonDays) {
        List<OfficeWorkItem> out = new ArrayList<>();
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select b.id, b.name_ja, s.title, count(d.id) from council_seat s"
                + " join council_body b on b.id = s.body_id left join organization o on o.id = b.organization_id"
                + " join district d on " + REACH + " where s.filling = 'DISTRICT_REPRESENTATIVE' and o.district_id is null and "
                + NO_REPRESENTATIVE + " group by b.id, b.name_ja, b.sort_order, s.id, s.title, s.sort_order"
                + " order by b.sort_order, s.sort_order, s.id").setParameter("t", today).getResultList()) {
            out.add(new OfficeWorkItem(VACANT, null, a[1] + " " + a[2], Rows.num(a[3]).longValue(), link(a[0])));
        }
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select b.id, b.name_ja, s.title, s.seats - " + FILLED
                + " from council_seat s join council_body b on b.id = s.body_id left join organization o on o.id = b.organization_id"
                + " where s.filling <> 'DISTRICT_REPRESENTATIVE' and o.district_id is null and s.seats > " + FILLED
                + " order by b.sort_order, s.sort_order, s.id").setParameter("t", today).getResultList()) {
            out.add(new OfficeWorkItem(VACANT, null, a[1] + " " + a[2], Rows.num(a[3]).longValue(), link(a[0])));
        }
        for (Object[] a : (List<Object[]>) em.createNativeQuery("select b.id, b.name_ja, s.title, count(m.id), min(m.term_end)"
                + " from council_member m join council_seat s on s.id = m.seat_id join council_body b on b.id = m.body_id"
                + " left join organization o on o.id = b.organization_id where o.district_id is null and m.term_end between :t and :h and "
                + NO_SUCCESSOR + " group by b.id, b.name_ja, b.sort_order, s.id, s.title, s.sort_order order by min(m.term_end), b.sort_order, s.sort_order")
                .setParameter("t", today).setParameter("h", today.plusDays(TERM_DAYS)).getResultList()) {
            out.add(new OfficeWorkItem(TERM_ENDING, Rows.date(a[4]), a[1] + " " + a[2], Rows.num(a[3]).longValue(), link(a[0])));
        }
        return out;
    }

    static String link(Object bodyId) {
        return "/council-bodies/" + Rows.num(bodyId).longValue();
    }

}

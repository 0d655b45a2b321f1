package jp.kyodo.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.meeting.AgendaItem;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.MeetingAttendance;
import jp.kyodo.meeting.MeetingDtos.MeetingRequest;
import jp.kyodo.meeting.MeetingDtos.MeetingResponse;
import jp.kyodo.meeting.MeetingDtos.MeetingSummary;

/** 会議 — the meetings of council bodies ({@link CouncilBodyService}) with their items ({@link AgendaItemService}), and the log. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingService {

    static final Map<String, String> MEETING_SORT = Map.of("heldOn", "m.heldOn", "body", "b.sortOrder", "number",
            "m.number", "fiscalYear", "m.fiscalYear");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    AgendaItemService agenda;

    @Inject
    BodyMembership membership;

    // ---- meetings -----------------------------------------------------------------------------

    /** 会議. */
    Aggregate<CouncilMeeting> meetingAggregate() {
        return Aggregate.<CouncilMeeting>of("CouncilMeeting", m -> m.id, m -> m.version, this::toResponse)
                .withState(MeetingService::auditState);
    }

    public record MeetingFilter(Long bodyId, Integer fiscalYear, String sectionName, Long sectionId, String q) {
    }

    static void where(MeetingFilter f, StringBuilder where, Map<String, Object> params, boolean itemLevel) {
        if (f.bodyId() != null) {
            where.append(" and b.id = :body");
            params.put("body", f.bodyId());
        }
        if (f.fiscalYear() != null) {
            where.append(" and m.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        String section = Strings.blankToNull(f.sectionName());
        if (section != null) {
            where.append(itemLevel ? " and a.sectionName = :section"
                    : " and exists (select 1 from AgendaItem s where s.meeting = m and s.sectionName = :section)");
            params.put("section", section);
        }
        if (f.sectionId() != null) {
            where.append(itemLevel ? " and a.sectionId = :sectionId"
                    : " and exists (select 1 from AgendaItem s where s.meeting = m and s.sectionId = :sectionId)");
            params.put("sectionId", f.sectionId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(itemLevel ? " and (a.searchKey like :q escape '\\' or m.searchKey like :q escape '\\')"
                    : " and (m.searchKey like :q escape '\\' or exists (select 1 from AgendaItem s where s.meeting = m"
                            + " and s.searchKey like :q escape '\\'))");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
    }

    public Page<MeetingSummary> meetings(MeetingFilter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params, false);
        k.restrict(where, params, "m.updatedAt", "m.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, MEETING_SORT, "-heldOn,body", "m.id"), "m.updatedAt", "m.id");
        Page<CouncilMeeting> found = JpqlPage.of(em, "select count(m) from CouncilMeeting m join m.body b" + where,
                "select m from CouncilMeeting m join fetch m.body b" + where + order, CouncilMeeting.class, params, p, k);
        List<CouncilMeeting> rows = found.items();
        Map<Long, Long> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Object[] r : em.createQuery("select a.meeting.id, count(a) from AgendaItem a where a.meeting.id in :ids"
                    + " group by a.meeting.id", Object[].class)
                    .setParameter("ids", rows.stream().map(m -> m.id).toList()).getResultList()) {
                counts.put((Long) r[0], (Long) r[1]);
            }
        }
        return new Page<>(rows.stream().map(m -> new MeetingSummary(m.id, m.body.id, m.body.code, m.body.nameJa,
                m.body.kind, m.number, m.heldOn, m.fiscalYear, m.title, displayName(m), counts.getOrDefault(m.id, 0L),
                BodyMembership.figures(m), m.version, m.createdAt, m.updatedAt)).toList(), found.total(), p.page, p.size, found.nextCursor());
    }

    static String displayName(CouncilMeeting m) {
        return m.title != null ? m.title : m.displayName();
    }

    public CouncilMeeting findMeeting(long id) {
        CouncilMeeting m = CouncilMeeting.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Council meeting", id);
        }
        return m;
    }

    public MeetingResponse getMeeting(long id) {
        return toResponse(findMeeting(id));
    }

    MeetingResponse toResponse(CouncilMeeting m) {
        List<AgendaItem> items = em.createQuery("from AgendaItem a where a.meeting = :m order by a.order, a.id",
                AgendaItem.class).setParameter("m", m).getResultList();
        return new MeetingResponse(m.id, m.body.id, m.body.code, m.body.nameJa, m.body.kind, m.number, m.heldOn,
                m.fiscalYear, m.title, displayName(m), m.note, items.stream().map(agenda::toResponse).toList(),
                BodyMembership.figures(m), new Permissions(currentUser.isAdminOrOffice()), m.version, m.createdAt, m.updatedAt);
    }

    static Map<String, Object> auditState(CouncilMeeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("bodyId", m.body.id);
        s.put("number", m.number);
        s.put("heldOn", m.heldOn);
        s.put("fiscalYear", m.fiscalYear);
        s.put("title", m.title);
        s.put("note", m.note);
        return s;
    }

    @Transactional
    public MeetingResponse createMeeting(MeetingRequest r) {
        CouncilMeeting m = new CouncilMeeting();
        applyMeeting(m, r);
        return toResponse(writes.create(meetingAggregate(), m));
    }

    @Transactional
    public MeetingResponse updateMeeting(long id, MeetingRequest r, String ifMatch) {
        CouncilMeeting m = findMeeting(id);
        writes.update(meetingAggregate(), m, ifMatch, x -> applyMeeting(x, r));
        membership.refreshFigures(List.of(m));
        // a new day can change who was in term, so the figures (and the version) move after the update's flush
        em.flush();
        return toResponse(m);
    }

    @Transactional
    public void deleteMeeting(long id, String ifMatch) {
        CouncilMeeting m = findMeeting(id);
        Versions.check(ifMatch, m.version, () -> toResponse(m));
        for (MeetingAttendance a : MeetingAttendance.<MeetingAttendance>list("meeting.id", id)) {
            writes.delete(BodyMembership.ATTENDANCE, a);
        }
        Aggregate<AgendaItem> item = agenda.itemAggregate();
        for (AgendaItem a : AgendaItem.<AgendaItem>list("meeting.id", id)) {
            writes.delete(item, a);
        }
        writes.delete(meetingAggregate(), m);
    }

    private void applyMeeting(CouncilMeeting m, MeetingRequest r) {
        CouncilBody body = CouncilBody.findById(r.bodyId());
        if (body == null) {
            throw ProblemException.invalid("bodyId", "no such council body", "Exists");
        }
        var sameQuery = em.createQuery("select count(m) from CouncilMeeting m where m.body = :b and m.heldOn = :d"
                + (r.number() == null ? " and m.number is null" : " and m.number = :n") + " and m.id <> :id", Long.class)
                .setParameter("b", body).setParameter("d", r.heldOn()).setParameter("id", m.id == null ? -1L : m.id);
        if (r.number() != null) {
            sameQuery.setParameter("n", r.number());
        }
        long same = sameQuery.getSingleResult();
        if (same > 0) {
            throw ProblemException.invalid("heldOn", "the body already has this meeting on " + r.heldOn(), "Unique");
        }
        if (m.id != null && m.membersOnDay != null) {
            // recorded attendance stays with the body's members in term on the day
            Long outside = em.createQuery("select count(a) from MeetingAttendance a join a.member x where a.meeting.id = :id and"
                    + " (x.body <> :b or x.termStart > :d or (x.termEnd is not null and x.termEnd < :d))", Long.class)
                    .setParameter("id", m.id).setParameter("b", body).setParameter("d", r.heldOn()).getSingleResult();
            if (outside > 0) {
                throw ProblemException.invalid(m.body.id.equals(body.id) ? "heldOn" : "bodyId", outside
                        + " members whose attendance is recorded were not members of the body on that day; change the attendance first", "AttendanceInTerm");
            }
        }
        m.body = body;
        m.number = r.number();
        m.heldOn = r.heldOn();
        m.fiscalYear = Japanese.fiscalYearOf(r.heldOn());
        m.title = Strings.blankToNull(r.title());
        m.note = Strings.blankToNull(r.note());
        m.searchKey = searchKey(m);
    }

    static String searchKey(CouncilMeeting m) {
        return TextNormalizer.searchKey(m.title, m.note);
    }

    // ---- the meeting log as a file ---------------------------------------------------------

    /**
     * Rows in the order of {@link jp.kyodo.meeting.transfer.MeetingLogDataset#SPEC}'s columns (番号, 年月日, 会議名, 議題, 担当課),
     * by date, body and order, in one query. The meeting is written as 第N回 + the body's name, which the import
     * reads back; a meeting's own title is not part of the log.
     */
    public List<Object[]> logRows(MeetingFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params, true);
        var q = em.createQuery("select m.heldOn, m.number, b.nameJa, a.title, a.sectionName from AgendaItem a"
                + " join a.meeting m join m.body b" + where + " order by m.heldOn, b.sortOrder, m.id, a.order, a.id",
                Object[].class);
        params.forEach(q::setParameter);
        List<Object[]> rows = new ArrayList<>();
        int no = 0;
        for (Object[] r : q.getResultList()) {
            String meeting = (r[1] == null ? "" : "第" + r[1] + "回") + r[2];
            rows.add(new Object[] {++no, r[0], meeting, r[3], r[4]});
        }
        return rows;
    }

    // ---- what the meeting-log import uses ----------------------------------------------------

    /** Every body by its folded name, aliases and code ({@link CouncilBodyService#nameIndex}). */
    public static Map<String, CouncilBody> nameIndex(List<CouncilBody> bodies) {
        return CouncilBodyService.nameIndex(bodies);
    }

    static Map<String, Object> auditState(AgendaItem a) {
        return AgendaItemService.auditState(a);
    }

    static String itemSearchKey(String title, String sectionName) {
        return AgendaItemService.itemSearchKey(title, sectionName);
    }
}

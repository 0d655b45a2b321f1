package jp.kyodo.meeting.service;

import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.persistence.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.meeting.AgendaItem;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.MeetingDtos.AgendaItemRequest;
import jp.kyodo.meeting.MeetingDtos.AgendaItemResponse;
import jp.kyodo.meeting.MeetingDtos.CouncilBodyRequest;
import jp.kyodo.meeting.MeetingDtos.CouncilBodyResponse;
import jp.kyodo.meeting.MeetingDtos.MeetingRequest;
import jp.kyodo.meeting.MeetingDtos.MeetingResponse;
import jp.kyodo.meeting.MeetingDtos.MeetingSummary;
import jp.kyodo.organization.Organization;

/** 会議体・会議・議題 — council bodies, their meetings, and the items the city reported at them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingService {

    static final Map<String, String> MEETING_SORT = Map.of("heldOn", "m.heldOn", "body", "b.sortOrder", "number",
            "m.number", "fiscalYear", "m.fiscalYear");
    static final Map<String, String> ITEM_SORT = Map.of("heldOn", "m.heldOn", "body", "b.sortOrder", "meeting",
            "m.id", "order", "a.order", "section", "a.sectionName");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    // ---- council bodies ---------------------------------------------------------------------

    public List<CouncilBodyResponse> bodies(Long organizationId) {
        String jpql = "select b from CouncilBody b left join fetch b.organization"
                + (organizationId == null ? "" : " where b.organization.id = :org") + " order by b.sortOrder, b.code";
        var q = em.createQuery(jpql, CouncilBody.class);
        if (organizationId != null) {
            q.setParameter("org", organizationId);
        }
        return q.getResultList().stream().map(MeetingService::toResponse).toList();
    }

    public CouncilBody findBody(long id) {
        CouncilBody b = CouncilBody.findById(id);
        if (b == null) {
            throw ProblemException.notFound("Council body", id);
        }
        return b;
    }

    public CouncilBodyResponse getBody(long id) {
        return toResponse(findBody(id));
    }

    static CouncilBodyResponse toResponse(CouncilBody b) {
        return new CouncilBodyResponse(b.id, b.code, b.nameJa, b.nameEn, b.kind,
                b.organization == null ? null : b.organization.id, b.organization == null ? null : b.organization.name,
                b.aliasList(), b.sortOrder, b.version);
    }

    /** 会議体: history stores its fields; 412 answers carry the API's representation. */
    static final Aggregate<CouncilBody> BODY = Aggregate.<CouncilBody>of("CouncilBody", b -> b.id, b -> b.version,
            MeetingService::toResponse).withState(MeetingService::auditState);

    /** 会議. */
    Aggregate<CouncilMeeting> meetingAggregate() {
        return Aggregate.<CouncilMeeting>of("CouncilMeeting", m -> m.id, m -> m.version, this::toResponse)
                .withState(MeetingService::auditState);
    }

    /** 議題: its history also shows in its meeting's. */
    Aggregate<AgendaItem> itemAggregate() {
        return Aggregate.<AgendaItem>of("AgendaItem", a -> a.id, a -> a.version, this::toResponse)
                .withState(MeetingService::auditState).withParent("CouncilMeeting", a -> a.meeting.id);
    }

    static Map<String, Object> auditState(CouncilBody b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code);
        m.put("nameJa", b.nameJa);
        m.put("nameEn", b.nameEn);
        m.put("kind", b.kind);
        m.put("organizationId", b.organization == null ? null : b.organization.id);
        m.put("aliases", b.aliasList());
        m.put("sortOrder", b.sortOrder);
        return m;
    }

    @Transactional
    public CouncilBodyResponse createBody(CouncilBodyRequest r) {
        CouncilBody b = new CouncilBody();
        applyBody(b, r);
        return toResponse(writes.create(BODY, b));
    }

    @Transactional
    public CouncilBodyResponse updateBody(long id, CouncilBodyRequest r, String ifMatch) {
        CouncilBody b = findBody(id);
        return toResponse(writes.update(BODY, b, ifMatch, x -> applyBody(x, r)));
    }

    @Transactional
    public void deleteBody(long id, String ifMatch) {
        CouncilBody b = findBody(id);
        Versions.check(ifMatch, b.version, () -> toResponse(b));
        long meetings = CouncilMeeting.count("body.id", id);
        if (meetings > 0) {
            throw ProblemException.conflict("The body has " + meetings + " meetings; delete them first");
        }
        writes.delete(BODY, b);
    }

    private void applyBody(CouncilBody b, CouncilBodyRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = r.code().strip();
        if (CouncilBody.count("code = ?1 and id <> ?2", code, b.id == null ? -1L : b.id) > 0) {
            errors.add(new FieldProblem("code", "already used by another council body", "Unique"));
        }
        Organization org = null;
        if (r.organizationId() != null) {
            org = Organization.findById(r.organizationId());
            if (org == null) {
                errors.add(new FieldProblem("organizationId", "no such organization", "Exists"));
            }
        }
        List<String> names = new ArrayList<>();
        names.add(r.nameJa().strip());
        if (r.aliases() != null) {
            r.aliases().stream().map(String::strip).filter(a -> !names.contains(a)).forEach(names::add);
        }
        // The meeting-log import finds a body by name: a name must point to one body only.
        Map<String, CouncilBody> taken = nameIndex(CouncilBody.<CouncilBody>listAll().stream()
                .filter(x -> !Objects.equals(x.id, b.id)).toList());
        for (int i = 0; i < names.size(); i++) {
            CouncilBody other = taken.get(TextNormalizer.fold(names.get(i)));
            if (other != null) {
                errors.add(new FieldProblem(i == 0 ? "nameJa" : "aliases", "'" + names.get(i)
                        + "' is already a name of the council body " + other.code, "Unique"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        b.code = code;
        b.nameJa = r.nameJa().strip();
        b.nameEn = r.nameEn().strip();
        b.kind = r.kind();
        b.organization = org;
        b.aliases = names.size() > 1 ? String.join("\n", names.subList(1, names.size())) : null;
        b.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
    }

    /** Every body by its folded name, aliases and code: how a meeting log names a body. */
    public static Map<String, CouncilBody> nameIndex(List<CouncilBody> bodies) {
        Map<String, CouncilBody> m = new HashMap<>();
        for (CouncilBody b : bodies) {
            m.putIfAbsent(TextNormalizer.fold(b.nameJa), b);
            b.aliasList().forEach(a -> m.putIfAbsent(TextNormalizer.fold(a), b));
        }
        for (CouncilBody b : bodies) {
            m.putIfAbsent(TextNormalizer.fold(b.code), b);
        }
        return m;
    }

    // ---- meetings -----------------------------------------------------------------------------

    public record MeetingFilter(Long bodyId, Integer fiscalYear, String sectionName, Long sectionId, String q) {
    }

    private static void where(MeetingFilter f, StringBuilder where, Map<String, Object> params, boolean itemLevel) {
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

    public Page<MeetingSummary> meetings(MeetingFilter f, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params, false);
        String order = SortSpec.orderBy(p.sort, MEETING_SORT, "-heldOn,body", "m.id");
        Page<CouncilMeeting> found = JpqlPage.of(em, "select count(m) from CouncilMeeting m join m.body b" + where,
                "select m from CouncilMeeting m join fetch m.body b" + where + order, CouncilMeeting.class, params, p);
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
                m.version)).toList(), found.total(), p.page, p.size);
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
                m.fiscalYear, m.title, displayName(m), m.note, items.stream().map(this::toResponse).toList(),
                new Permissions(currentUser.isAdminOrOffice()), m.version);
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
        return toResponse(writes.update(meetingAggregate(), m, ifMatch, x -> applyMeeting(x, r)));
    }

    @Transactional
    public void deleteMeeting(long id, String ifMatch) {
        CouncilMeeting m = findMeeting(id);
        Versions.check(ifMatch, m.version, () -> toResponse(m));
        Aggregate<AgendaItem> item = itemAggregate();
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

    // ---- agenda items -------------------------------------------------------------------------

    public Page<AgendaItemResponse> agendaItems(MeetingFilter f, Long meetingId, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, where, params, true);
        if (meetingId != null) {
            where.append(" and m.id = :meeting");
            params.put("meeting", meetingId);
        }
        String order = SortSpec.orderBy(p.sort, ITEM_SORT, "heldOn,body,meeting,order", "a.id");
        var count = em.createQuery("select count(a) from AgendaItem a join a.meeting m join m.body b" + where,
                Long.class);
        var query = em.createQuery("select a from AgendaItem a join fetch a.meeting m join fetch m.body b" + where
                + order, AgendaItem.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<AgendaItem> rows = query.setFirstResult(p.offset()).setMaxResults(p.size).getResultList();
        return new Page<>(rows.stream().map(this::toResponse).toList(), count.getSingleResult(), p.page, p.size);
    }

    public AgendaItem findItem(long id) {
        AgendaItem a = AgendaItem.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Agenda item", id);
        }
        return a;
    }

    public AgendaItemResponse getItem(long id) {
        return toResponse(findItem(id));
    }

    AgendaItemResponse toResponse(AgendaItem a) {
        CouncilMeeting m = a.meeting;
        return new AgendaItemResponse(a.id, m.id, m.body.id, m.body.nameJa, displayName(m), m.heldOn, m.fiscalYear,
                a.order, a.title, a.sectionName, a.sectionId, a.note, a.requestIds.stream().sorted().toList(),
                new Permissions(canEdit(a)), a.version);
    }

    /** Office and admin edit every item; a department user the items they added themselves. */
    boolean canEdit(AgendaItem a) {
        return currentUser.isAdminOrOffice()
                || (currentUser.hasRole(Roles.DEPARTMENT) && currentUser.username().equals(a.createdBy));
    }

    private void requireEdit(AgendaItem a) {
        if (!canEdit(a)) {
            throw ProblemException.forbidden("A department may change only the agenda items it added");
        }
    }

    static Map<String, Object> auditState(AgendaItem a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("meetingId", a.meeting.id);
        s.put("order", a.order);
        s.put("title", a.title);
        s.put("sectionName", a.sectionName);
        s.put("sectionId", a.sectionId);
        s.put("note", a.note);
        s.put("requestIds", a.requestIds.stream().sorted().toList());
        return s;
    }

    @Transactional
    public AgendaItemResponse createItem(long meetingId, AgendaItemRequest r) {
        CouncilMeeting m = findMeeting(meetingId);
        AgendaItem a = new AgendaItem();
        a.meeting = m;
        a.createdBy = currentUser.username();
        applyItem(a, r);
        if (r.order() == null) {
            Integer max = em.createQuery("select max(a.order) from AgendaItem a where a.meeting = :m", Integer.class)
                    .setParameter("m", m).getSingleResult();
            a.order = max == null ? 1 : max + 1;
        }
        return toResponse(writes.create(itemAggregate(), a));
    }

    @Transactional
    public AgendaItemResponse updateItem(long id, AgendaItemRequest r, String ifMatch) {
        AgendaItem a = findItem(id);
        requireEdit(a);
        int order = a.order;
        return toResponse(writes.update(itemAggregate(), a, ifMatch, x -> {
            applyItem(x, r);
            if (r.order() == null) {
                x.order = order;
            }
        }));
    }

    @Transactional
    public void deleteItem(long id, String ifMatch) {
        AgendaItem a = findItem(id);
        requireEdit(a);
        writes.delete(itemAggregate(), a, ifMatch);
    }

    private static void applyItem(AgendaItem a, AgendaItemRequest r) {
        if (r.order() != null) {
            a.order = r.order();
        }
        a.title = r.title().strip();
        a.sectionName = Strings.blankToNull(r.sectionName());
        a.sectionId = r.sectionId();
        a.note = Strings.blankToNull(r.note());
        a.requestIds.clear();
        if (r.requestIds() != null) {
            a.requestIds.addAll(r.requestIds().stream().sorted().distinct().collect(Collectors.toList()));
        }
        a.searchKey = itemSearchKey(a.title, a.sectionName);
    }

    static String itemSearchKey(String title, String sectionName) {
        return TextNormalizer.searchKey(title, sectionName);
    }

    // ---- the meeting log as a file ---------------------------------------------------------

    /**
     * Rows in the order of {@link jp.kyodo.transfer.Dataset#MEETING_LOG}'s columns (番号, 年月日, 会議名, 議題, 担当課),
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
}

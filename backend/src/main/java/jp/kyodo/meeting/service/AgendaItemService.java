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
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.department.Section;
import jp.kyodo.meeting.AgendaItem;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.MeetingDtos.AgendaItemRequest;
import jp.kyodo.meeting.MeetingDtos.AgendaItemResponse;

/** 議題 — the items the city reported at council meetings; a department edits the items it added. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgendaItemService {

    static final Map<String, String> ITEM_SORT = Map.of("heldOn", "m.heldOn", "body", "b.sortOrder", "meeting",
            "m.id", "order", "a.order", "section", "a.sectionName");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    MeetingService meetings;

    // ---- agenda items -------------------------------------------------------------------------

    /** 議題: its history also shows in its meeting's. */
    Aggregate<AgendaItem> itemAggregate() {
        return Aggregate.<AgendaItem>of("AgendaItem", a -> a.id, a -> a.version, this::toResponse)
                .withState(AgendaItemService::auditState).withParent("CouncilMeeting", a -> a.meeting.id);
    }


    /** The meeting log's further filters: the meeting's date range and a linked request. */
    public record ItemFilter(java.time.LocalDate heldFrom, java.time.LocalDate heldTo, Long requestId) {
        public static final ItemFilter NONE = new ItemFilter(null, null, null);
    }

    public Page<AgendaItemResponse> agendaItems(MeetingService.MeetingFilter f, Long meetingId, PageParams p) {
        return agendaItems(f, meetingId, ItemFilter.NONE, p);
    }

    public Page<AgendaItemResponse> agendaItems(MeetingService.MeetingFilter f, Long meetingId, ItemFilter items, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        MeetingService.where(f, where, params, true);
        if (items.heldFrom() != null) {
            where.append(" and m.heldOn >= :heldFrom");
            params.put("heldFrom", items.heldFrom());
        }
        if (items.heldTo() != null) {
            where.append(" and m.heldOn <= :heldTo");
            params.put("heldTo", items.heldTo());
        }
        if (items.requestId() != null) {
            where.append(" and :requestId member of a.requestIds");
            params.put("requestId", items.requestId());
        }
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
        return new AgendaItemResponse(a.id, m.id, m.body.id, m.body.nameJa, MeetingService.displayName(m), m.heldOn, m.fiscalYear,
                a.order, a.title, a.sectionName, a.sectionId, a.note, a.requestIds.stream().sorted().toList(),
                new Permissions(canEdit(a)), a.version, a.createdAt, a.updatedAt);
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
        CouncilMeeting m = meetings.findMeeting(meetingId);
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

    /** The section and the requests an item names must exist (foreign keys hold the same in the database). */
    private void requireReferences(AgendaItemRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        if (r.sectionId() != null && em.find(Section.class, r.sectionId()) == null) {
            errors.add(new FieldProblem("sectionId", "no section has the id " + r.sectionId(), "Exists"));
        }
        if (r.requestIds() != null && !r.requestIds().isEmpty()) {
            Set<Long> known = Set.copyOf(em.createQuery("select r.id from CityRequest r where r.id in :ids", Long.class)
                    .setParameter("ids", Set.copyOf(r.requestIds())).getResultList());
            for (int k = 0; k < r.requestIds().size(); k++) {
                if (!known.contains(r.requestIds().get(k))) {
                    errors.add(new FieldProblem("requestIds[" + k + "]", "no city request has the id "
                            + r.requestIds().get(k), "Exists"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void applyItem(AgendaItem a, AgendaItemRequest r) {
        requireReferences(r);
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
}

package jp.kyodo.plan.committee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.committee.CommitteeDtos.Attendee;
import jp.kyodo.plan.committee.CommitteeDtos.MeetingInput;
import jp.kyodo.plan.committee.CommitteeDtos.MeetingResponse;
import jp.kyodo.plan.committee.CommitteeMeeting;
import jp.kyodo.plan.committee.CommitteeMember;

/** 推進委員会の開催 — the committee's meetings, with attendance (members who were present). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitteeMeetingService {
    public static final String ENTITY_MEETING = "CommitteeMeeting";
    static final Map<String, String> MEETING_SORT = Map.of("heldOn", "m.heldOn", "meetingNumber", "m.meetingNumber",
            "fiscalYear", "m.fiscalYear");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;
    final Aggregate<CommitteeMeeting> meeting = Aggregate.<CommitteeMeeting>of(ENTITY_MEETING, m -> m.id, m -> m.version,
            this::toResponse).withState(CommitteeMeetingService::auditState);

    public Page<MeetingResponse> meetings(Integer fiscalYear, Long planId, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (fiscalYear != null) {
            where.append(" and m.fiscalYear = :fy");
            params.put("fy", fiscalYear);
        }
        if (planId != null) {
            where.append(" and m.planId = :plan");
            params.put("plan", planId);
        }
        String order = SortSpec.orderBy(p.sort, MEETING_SORT, "-heldOn", "m.id");
        Page<CommitteeMeeting> found = JpqlPage.of(em, "select count(m) from CommitteeMeeting m" + where,
                "select m from CommitteeMeeting m" + where + order, CommitteeMeeting.class, params, p);
        Map<Long, CommitteeMember> members = membersOf(found.items().stream().flatMap(m -> m.attendeeIds.stream()).collect(Collectors.toSet()));
        return found.map(m -> toResponse(m, members));
    }

    public CommitteeMeeting findMeeting(long id) {
        CommitteeMeeting m = CommitteeMeeting.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Committee meeting", id);
        }
        return m;
    }

    public MeetingResponse getMeeting(long id) {
        return toResponse(findMeeting(id));
    }

    MeetingResponse toResponse(CommitteeMeeting m) {
        return toResponse(m, membersOf(m.attendeeIds));
    }

    private Map<Long, CommitteeMember> membersOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from CommitteeMember m where m.id in :ids", CommitteeMember.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().stream().collect(Collectors.toMap(x -> x.id, x -> x));
    }

    private static MeetingResponse toResponse(CommitteeMeeting m, Map<Long, CommitteeMember> members) {
        List<CommitteeMember> present = m.attendeeIds.stream().map(members::get).filter(x -> x != null)
                .sorted(Comparator.comparing((CommitteeMember x) -> x.kana == null ? x.name : x.kana).thenComparing(x -> x.id))
                .toList();
        return new MeetingResponse(m.id, m.planId, m.meetingNumber, m.heldOn, m.fiscalYear, m.agenda, m.minutes,
                present.stream().map(x -> x.id).toList(), present.stream().map(x -> new Attendee(x.id, x.name)).toList(), m.version, m.createdAt, m.updatedAt);
    }

    static Map<String, Object> auditState(CommitteeMeeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("planId", m.planId);
        s.put("meetingNumber", m.meetingNumber);
        s.put("heldOn", m.heldOn);
        s.put("fiscalYear", m.fiscalYear);
        s.put("agenda", m.agenda);
        s.put("minutes", m.minutes);
        s.put("attendeeIds", m.attendeeIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        return s;
    }

    @Transactional
    public MeetingResponse createMeeting(MeetingInput in) {
        CommitteeMeeting m = new CommitteeMeeting();
        apply(m, in);
        return toResponse(writes.create(meeting, m));
    }

    @Transactional
    public MeetingResponse updateMeeting(long id, MeetingInput in, String ifMatch) {
        return toResponse(writes.update(meeting, findMeeting(id), ifMatch, m -> {
            apply(m, in);
            // attendance lives in its own table: count a change there as a change of the meeting
            m.version++;
        }));
    }

    @Transactional
    public void deleteMeeting(long id, String ifMatch) {
        writes.delete(meeting, findMeeting(id), ifMatch);
    }

    private void apply(CommitteeMeeting m, MeetingInput in) {
        List<FieldProblem> errors = new ArrayList<>();
        if (in.planId() != null && Plan.findById(in.planId()) == null) {
            errors.add(new FieldProblem("planId", "no such plan", "Exists"));
        }
        int fiscalYear = Japanese.fiscalYearOf(in.heldOn());
        if (in.meetingNumber() != null) {
            long same = em.createQuery("select count(m) from CommitteeMeeting m where m.fiscalYear = :fy and m.meetingNumber = :n"
                    + " and m.id <> :id", Long.class).setParameter("fy", fiscalYear).setParameter("n", in.meetingNumber())
                    .setParameter("id", m.id == null ? -1L : m.id).getSingleResult();
            if (same > 0) {
                errors.add(new FieldProblem("meetingNumber", "there is already a meeting 第" + in.meetingNumber() + "回 in "
                        + fiscalYear, "Unique"));
            }
        }
        Set<Long> attendees = new LinkedHashSet<>(in.attendeeIds() == null ? List.of() : in.attendeeIds());
        if (!attendees.isEmpty()) {
            Set<Long> known = membersOf(attendees).keySet();
            int k = 0;
            for (Long a : in.attendeeIds()) {
                if (!known.contains(a)) {
                    errors.add(new FieldProblem("attendeeIds[" + k + "]", "no such committee member", "Exists"));
                }
                k++;
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        m.planId = in.planId();
        m.meetingNumber = in.meetingNumber();
        m.heldOn = in.heldOn();
        m.fiscalYear = fiscalYear;
        m.agenda = Strings.blankToNull(in.agenda());
        m.minutes = Strings.blankToNull(in.minutes());
        m.attendeeIds.clear();
        m.attendeeIds.addAll(attendees);
    }
}

package jp.kyodo.meeting.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.meeting.AttendanceStatus;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.CouncilMember;
import jp.kyodo.meeting.MeetingAttendance;
import jp.kyodo.meeting.service.BodyMembership;

/**
 * 出欠の取込 — the bulk form of PUT /council-meetings/{id}/attendance, row by row: each row names a meeting and a
 * member of its body in term on its day, and records the member's attendance (a blank status changes nothing). The
 * meetings, their members and the stored rows are read in three statements for the whole file; afterwards each
 * meeting touched keeps its figures and quorum.
 */
@ApplicationScoped
class AttendanceImporter implements Importer<AttendanceImporter.State> {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    BodyMembership membership;

    record State(MeetingAttendance existing, CouncilMeeting meeting, CouncilMember member, AttendanceStatus status) {
    }

    @Override
    public DatasetSpec dataset() {
        return AttendanceDataset.SPEC;
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<Long> meetingIds = new HashSet<>();
        Set<Long> memberIds = new HashSet<>();
        for (ImportRow r : rows) {
            Integer m = r.integer("meetingId");
            Integer x = r.integer("memberId");
            if (m != null) {
                meetingIds.add(m.longValue());
            }
            if (x != null) {
                memberIds.add(x.longValue());
            }
        }
        Map<Long, CouncilMeeting> meetings = new HashMap<>();
        Map<Long, CouncilMember> members = new HashMap<>();
        Map<String, MeetingAttendance> stored = new HashMap<>();
        if (!meetingIds.isEmpty()) {
            em.createQuery("select m from CouncilMeeting m join fetch m.body where m.id in :ids", CouncilMeeting.class)
                    .setParameter("ids", meetingIds).getResultList().forEach(m -> meetings.put(m.id, m));
        }
        if (!memberIds.isEmpty()) {
            em.createQuery("select x from CouncilMember x join fetch x.body join fetch x.seat where x.id in :ids", CouncilMember.class)
                    .setParameter("ids", memberIds).getResultList().forEach(x -> members.put(x.id, x));
        }
        if (!meetingIds.isEmpty()) {
            em.createQuery("select a from MeetingAttendance a where a.meeting.id in :ids", MeetingAttendance.class)
                    .setParameter("ids", meetingIds).getResultList().forEach(a -> stored.put(key(a.meeting.id, a.member.id), a));
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            Integer meetingId = r.integer("meetingId");
            Integer memberId = r.integer("memberId");
            if (meetingId == null && !r.hasError("meetingId")) {
                r.error("meetingId", "must not be blank", "NotNull");
            }
            if (memberId == null && !r.hasError("memberId")) {
                r.error("memberId", "must not be blank", "NotNull");
            }
            String key = meetingId == null || memberId == null ? null : key(meetingId.longValue(), memberId.longValue());
            if (key != null) {
                Integer first = firstRow.putIfAbsent(key, r.number());
                if (first != null) {
                    r.error(null, "the same meeting and member are already in row " + first, "Duplicate");
                }
            }
            CouncilMeeting m = meetingId == null ? null : meetings.get(meetingId.longValue());
            CouncilMember x = memberId == null ? null : members.get(memberId.longValue());
            if (meetingId != null && m == null) {
                r.error("meetingId", "no meeting has the number " + meetingId, "Exists");
            }
            if (memberId != null && x == null) {
                r.error("memberId", "no member has the number " + memberId, "Exists");
            }
            if (m != null && x != null) {
                if (!x.body.id.equals(m.body.id)) {
                    r.error("memberId", "not a member of the body of " + m.heldOn + "'s meeting", "InTerm");
                } else if (!x.inTermOn(m.heldOn)) {
                    r.error("memberId", "not in term on " + m.heldOn, "InTerm");
                }
            }
            AttendanceStatus status = status(r);
            if (r.hasErrors() || m == null || x == null) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            if (!membership.canManage(m.body)) {
                r.error("meetingId", "the caller may not record this body's attendance", "Forbidden");
                plan.add(Planned.invalid(r, key));
                continue;
            }
            MeetingAttendance a = stored.get(key);
            // a sheet exported before someone changed this member's attendance is refused for that row (Stale)
            r.expectVersion(a == null ? null : a.version);
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            if (status == null) {
                plan.add(new Planned<>(r, key, jp.kyodo.common.transfer.TransferDtos.Action.UNCHANGED, null, new State(a, m, x, null)));
                continue;
            }
            List<String> changed = a == null || a.status == status ? List.of() : List.of("status");
            plan.add(Planned.of(r, key, a != null, changed, new State(a, m, x, status)));
        }
        return plan;
    }

    static AttendanceStatus status(ImportRow r) {
        String text = r.has("status") ? r.text("status") : null;
        if (text == null) {
            return null;
        }
        AttendanceStatus word = AttendanceDataset.WORDS.get(text.strip());
        if (word != null) {
            return word;
        }
        try {
            return AttendanceStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            r.error("status", "'" + text + "' is not PRESENT (出席), PROXY (委任状) or ABSENT (欠席)", "Enum");
            return null;
        }
    }

    static String key(long meetingId, long memberId) {
        return meetingId + "/" + memberId;
    }

    /** Each meeting's changed rows through the meeting's one write path (bulk inserts, batched updates, kept figures). */
    @Override
    public void apply(List<Planned<State>> plan) {
        Map<Long, CouncilMeeting> meetings = new LinkedHashMap<>();
        Map<Long, Map<Long, AttendanceStatus>> wanted = new HashMap<>();
        for (Planned<State> p : plan) {
            if (!p.changes()) {
                continue;
            }
            State s = p.state();
            meetings.put(s.meeting().id, s.meeting());
            wanted.computeIfAbsent(s.meeting().id, k -> new LinkedHashMap<>()).put(s.member().id, s.status());
        }
        meetings.forEach((id, m) -> membership.write(m, wanted.get(id), false));
    }
}

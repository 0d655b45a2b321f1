package jp.kyodo.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.error.FieldProblem;
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
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.district.District;
import jp.kyodo.meeting.AttendanceStatus;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.CouncilMember;
import jp.kyodo.meeting.CouncilSeat;
import jp.kyodo.meeting.MeetingAttendance;
import jp.kyodo.meeting.MembershipDtos.AttendanceEntry;
import jp.kyodo.meeting.MembershipDtos.AttendanceFigures;
import jp.kyodo.meeting.MembershipDtos.AttendanceResponse;
import jp.kyodo.meeting.MembershipDtos.AttendanceRow;
import jp.kyodo.meeting.MembershipDtos.DistrictRef;
import jp.kyodo.meeting.MembershipDtos.MemberRequest;
import jp.kyodo.meeting.MembershipDtos.MemberResponse;
import jp.kyodo.meeting.MembershipDtos.RosterResponse;
import jp.kyodo.meeting.MembershipDtos.SeatRequest;
import jp.kyodo.meeting.MembershipDtos.SeatResponse;
import jp.kyodo.meeting.SeatFilling;
import jp.kyodo.organization.Organization;

/**
 * 会議体と構成員 — the seats of a council body (役職と定数), the people in them for their terms, and who attended each
 * meeting with the quorum it kept. Vacancies are counted against today's members: a district representative's
 * seat has one place per district in the body's reach (the body's council's district, its ward's districts, or
 * every district for a city-wide body). A meeting keeps its attendance figures with every change of its rows and of
 * its body's members, so lists never count rows. Names are personal data, read as an officer's are
 * ({@link CurrentUser#canSeePersonalData}, by the member's district).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BodyMembership {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    CouncilBodyService bodies;

    @Inject
    MeetingService meetings;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- who may change a body's seats, members and attendance -------------------------------

    /** The office, or a liaison of the district whose council owns the body. */
    public boolean canManage(CouncilBody b) {
        if (currentUser.isAdminOrOffice()) {
            return true;
        }
        Long d = b.organization == null ? null : b.organization.districtId();
        return d != null && currentUser.canEditDistrict(d);
    }

    void requireManage(CouncilBody b) {
        if (!canManage(b)) {
            throw ProblemException.forbidden("Only the office, or a liaison of the body's district, may change its seats, members and attendance");
        }
    }

    // ---- aggregates ------------------------------------------------------------------------

    static final Aggregate<CouncilSeat> SEAT = Aggregate.<CouncilSeat>of("CouncilSeat", s -> s.id, s -> s.version,
            BodyMembership::seatState).withParent("CouncilBody", s -> s.body.id);

    static final Aggregate<CouncilMember> MEMBER = Aggregate.<CouncilMember>of("CouncilMember", m -> m.id, m -> m.version,
            BodyMembership::memberState).withParent("CouncilBody", m -> m.body.id);

    public static final Aggregate<MeetingAttendance> ATTENDANCE = Aggregate.<MeetingAttendance>of("MeetingAttendance",
            a -> a.id, a -> a.version, BodyMembership::attendanceState).withParent("CouncilMeeting", a -> a.meeting.id);

    static Map<String, Object> seatState(CouncilSeat s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bodyId", s.body.id);
        m.put("title", s.title);
        m.put("filling", s.filling);
        m.put("seats", s.seats);
        m.put("termYears", s.termYears);
        m.put("sortOrder", s.sortOrder);
        m.put("note", s.note);
        return m;
    }

    /** Every field, the name included (redacted when the history is read by someone who may not see it). */
    static Map<String, Object> memberState(CouncilMember x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bodyId", x.body.id);
        m.put("seatId", x.seat.id);
        m.put("personName", x.personName);
        m.put("personKana", x.personKana);
        m.put("organizationId", x.organization == null ? null : x.organization.id);
        m.put("districtId", x.district == null ? null : x.district.id);
        m.put("termStart", x.termStart);
        m.put("termEnd", x.termEnd);
        m.put("note", x.note);
        return m;
    }

    static Map<String, Object> attendanceState(MeetingAttendance a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meetingId", a.meeting.id);
        m.put("memberId", a.member.id);
        m.put("status", a.status);
        return m;
    }

    // ---- seats and vacancies ---------------------------------------------------------------

    /** Today's seat figures of the bodies, by body id, each body's seats in display order. Three statements. */
    public Map<Long, List<SeatResponse>> seatsOf(Collection<Long> bodyIds) {
        Map<Long, List<SeatResponse>> out = new HashMap<>();
        if (bodyIds.isEmpty()) {
            return out;
        }
        LocalDate today = today();
        List<CouncilSeat> seats = em.createQuery("select s from CouncilSeat s join fetch s.body b left join fetch b.organization"
                + " where b.id in :ids order by s.sortOrder, s.id", CouncilSeat.class).setParameter("ids", bodyIds).getResultList();
        Map<Long, Long> filled = new HashMap<>();
        for (Object[] r : em.createQuery("select m.seat.id, count(m) from CouncilMember m where m.body.id in :ids and "
                + "m.termStart <= :t and (m.termEnd is null or m.termEnd >= :t) group by m.seat.id", Object[].class)
                .setParameter("ids", bodyIds).setParameter("t", today).getResultList()) {
            filled.put((Long) r[0], (Long) r[1]);
        }
        List<Long> representative = seats.stream().filter(s -> s.filling == SeatFilling.DISTRICT_REPRESENTATIVE).map(s -> s.id).toList();
        Map<Long, Long> reach = new HashMap<>();
        Map<Long, List<DistrictRef>> vacantDistricts = new HashMap<>();
        if (!representative.isEmpty()) {
            for (Object[] r : em.createQuery("select s.id, count(d) from CouncilSeat s join s.body b left join b.organization o, District d"
                    + " where s.id in :seats and " + REACH + " group by s.id", Object[].class)
                    .setParameter("seats", representative).getResultList()) {
                reach.put((Long) r[0], (Long) r[1]);
            }
            for (Object[] r : em.createQuery("select s.id, d.id, d.name from CouncilSeat s join s.body b left join b.organization o, District d"
                    + " where s.id in :seats and " + REACH + " and not exists (select 1 from CouncilMember m where m.seat = s"
                    + " and m.district = d and m.termStart <= :t and (m.termEnd is null or m.termEnd >= :t)) order by d.code",
                    Object[].class).setParameter("seats", representative).setParameter("t", today).getResultList()) {
                vacantDistricts.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new DistrictRef((Long) r[1], (String) r[2]));
            }
        }
        for (CouncilSeat s : seats) {
            int f = filled.getOrDefault(s.id, 0L).intValue();
            SeatResponse r;
            if (s.filling == SeatFilling.DISTRICT_REPRESENTATIVE) {
                List<DistrictRef> vacant = vacantDistricts.getOrDefault(s.id, List.of());
                r = seatResponse(s, reach.getOrDefault(s.id, 0L).intValue(), f, vacant.size(), vacant);
            } else {
                r = seatResponse(s, s.seats, f, Math.max(0, s.seats - f), null);
            }
            out.computeIfAbsent(s.body.id, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /**
     * The districts a district representative's seat has a place for ({@code d} against the body {@code b} and its
     * council {@code o}, left-joined): the council's district; else its ward's districts; else every district.
     */
    static final String REACH = "(d = o.district or (o.district is null and (o.ward is null or d.ward = o.ward)) or o.id is null)";

    static SeatResponse seatResponse(CouncilSeat s, int seatsToday, int filled, int vacant, List<DistrictRef> vacantDistricts) {
        return new SeatResponse(s.id, s.body.id, s.title, s.filling, s.seats, seatsToday, filled, vacant, vacantDistricts,
                s.termYears, s.sortOrder, s.note, s.version, s.createdAt, s.updatedAt);
    }

    public RosterResponse roster(long bodyId) {
        CouncilBody b = bodies.findBody(bodyId);
        List<SeatResponse> seats = seatsOf(List.of(bodyId)).getOrDefault(bodyId, List.of());
        return new RosterResponse(b.id, b.nameJa, b.side, b.quorum, b.proxiesCount, today(), seats,
                seats.stream().mapToInt(SeatResponse::seatsToday).sum(), seats.stream().mapToInt(SeatResponse::filled).sum(),
                seats.stream().mapToInt(SeatResponse::vacant).sum(), new Permissions(canManage(b)));
    }

    public CouncilSeat findSeat(long id) {
        CouncilSeat s = CouncilSeat.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Council seat", id);
        }
        return s;
    }

    public SeatResponse getSeat(long id) {
        CouncilSeat s = findSeat(id);
        return seatsOf(List.of(s.body.id)).get(s.body.id).stream().filter(x -> x.id().equals(s.id)).findFirst().orElseThrow();
    }

    private Aggregate<CouncilSeat> seatApi() {
        return SEAT.withRepresentation(s -> seatResponse(s, s.seats == null ? 0 : s.seats, 0, 0, null));
    }

    @Transactional
    public SeatResponse createSeat(long bodyId, SeatRequest r) {
        CouncilBody b = bodies.findBody(bodyId);
        requireManage(b);
        CouncilSeat s = new CouncilSeat();
        s.body = b;
        applySeat(s, r);
        writes.create(SEAT, s);
        return getSeat(s.id);
    }

    @Transactional
    public SeatResponse updateSeat(long id, SeatRequest r, String ifMatch) {
        CouncilSeat s = findSeat(id);
        requireManage(s.body);
        if (r.filling() == SeatFilling.DISTRICT_REPRESENTATIVE && s.filling != SeatFilling.DISTRICT_REPRESENTATIVE
                && CouncilMember.count("seat.id = ?1 and district is null", s.id) > 0) {
            throw ProblemException.invalid("filling", "members of this seat represent no district; give each one a district first", "Representing");
        }
        writes.update(seatApi(), s, ifMatch, x -> applySeat(x, r));
        return getSeat(id);
    }

    @Transactional
    public void deleteSeat(long id, String ifMatch) {
        CouncilSeat s = findSeat(id);
        requireManage(s.body);
        Versions.check(ifMatch, s.version, () -> getSeat(id));
        long members = CouncilMember.count("seat.id", id);
        if (members > 0) {
            throw ProblemException.conflict("The seat has " + members + " members (current or past); remove them first");
        }
        writes.delete(SEAT, s);
    }

    private void applySeat(CouncilSeat s, SeatRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        String title = r.title().strip();
        if (CouncilSeat.count("body.id = ?1 and title = ?2 and id <> ?3", s.body.id, title, s.id == null ? -1L : s.id) > 0) {
            errors.add(new FieldProblem("title", "the body already has a seat '" + title + "'", "Unique"));
        }
        if (r.filling() == SeatFilling.DISTRICT_REPRESENTATIVE && r.seats() != null) {
            errors.add(new FieldProblem("seats", "a district representative's seat has one place per district; leave it out", "Null"));
        } else if (r.filling() != SeatFilling.DISTRICT_REPRESENTATIVE && r.seats() == null) {
            errors.add(new FieldProblem("seats", "must not be null", "NotNull"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        s.title = title;
        s.filling = r.filling();
        s.seats = r.seats();
        s.termYears = r.termYears();
        s.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
        s.note = Strings.blankToNull(r.note());
    }

    // ---- members -----------------------------------------------------------------------------

    MemberResponse toResponse(CouncilMember x, LocalDate today) {
        boolean personal = currentUser.canSeePersonalData(x.personalDistrictId());
        return new MemberResponse(x.id, x.body.id, x.body.nameJa, x.body.side, x.seat.id, x.seat.title, x.seat.filling,
                personal ? x.personName : null, personal ? x.personKana : null, personal,
                x.organization == null ? null : x.organization.id, x.organization == null ? null : x.organization.name,
                x.district == null ? null : x.district.id, x.district == null ? null : x.district.name, x.termStart, x.termEnd,
                x.inTermOn(today), x.note, new Permissions(canManage(x.body)), x.version, x.createdAt, x.updatedAt);
    }

    MemberResponse toResponse(CouncilMember x) {
        return toResponse(x, today());
    }

    static final Map<String, String> MEMBER_SORT = Map.of("seat", "s.sortOrder", "termStart", "m.termStart", "termEnd",
            "m.termEnd", "kana", "m.personKey", "body", "b.sortOrder");

    private static final String MEMBER_FETCH = "select m from CouncilMember m join fetch m.body b join fetch m.seat s"
            + " left join fetch b.organization bo left join fetch m.organization o left join fetch m.district d";
    private static final String MEMBER_COUNT = "select count(m) from CouncilMember m join m.body b join m.seat s"
            + " left join b.organization bo left join m.organization o left join m.district d";

    /**
     * Members: of one body, or (for the office and liaisons) a person's seats across bodies — those with the same
     * folded name as member {@code personOf} — or those whose name or kana contains {@code q}. A liaison searching
     * by person sees only members whose names they may read (their districts').
     */
    public Page<MemberResponse> members(Long bodyId, Long personOf, String q, Boolean current, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        LocalDate today = today();
        if (bodyId != null) {
            bodies.findBody(bodyId);
            where.append(" and b.id = :body");
            params.put("body", bodyId);
        }
        boolean byPerson = personOf != null || Strings.blankToNull(q) != null;
        if (byPerson) {
            if (!(currentUser.isAdminOrOffice() || currentUser.hasRole(jp.kyodo.common.security.Roles.LIAISON))) {
                throw ProblemException.forbidden("Searching members by person is for the office and liaisons");
            }
            if (!currentUser.isAdminOrOffice()) {
                where.append(" and (d.id in :mine or (d is null and (o.district.id in :mine or (o is null and bo.district.id in :mine))))");
                params.put("mine", currentUser.districtIds().isEmpty() ? Set.of(-1L) : currentUser.districtIds());
            }
        }
        if (personOf != null) {
            CouncilMember of = findMember(personOf);
            if (!currentUser.canSeePersonalData(of.personalDistrictId())) {
                throw ProblemException.forbidden("The caller may not read this member's name");
            }
            where.append(" and m.personKey = :person");
            params.put("person", of.personKey);
        }
        if (Strings.blankToNull(q) != null) {
            where.append(" and m.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(q));
        }
        if (current != null) {
            where.append(current ? " and m.termStart <= :today and (m.termEnd is null or m.termEnd >= :today)"
                    : " and (m.termStart > :today or m.termEnd < :today)");
            params.put("today", today);
        }
        k.restrict(where, params, "m.updatedAt", "m.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, MEMBER_SORT, "body,seat,-termStart,kana", "m.id"), "m.updatedAt", "m.id");
        return JpqlPage.of(em, MEMBER_COUNT + where, MEMBER_FETCH + where + order, CouncilMember.class, params, p, k)
                .map(x -> toResponse(x, today));
    }

    public CouncilMember findMember(long id) {
        CouncilMember m = CouncilMember.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Council member", id);
        }
        return m;
    }

    public MemberResponse getMember(long id) {
        return toResponse(findMember(id));
    }

    private Aggregate<CouncilMember> memberApi() {
        return MEMBER.withRepresentation(this::toResponse);
    }

    @Transactional
    public MemberResponse createMember(long bodyId, MemberRequest r) {
        CouncilBody b = bodies.findBody(bodyId);
        requireManage(b);
        CouncilMember x = new CouncilMember();
        x.body = b;
        applyMember(x, r);
        writes.create(MEMBER, x);
        refreshFigures(b);
        return toResponse(x);
    }

    @Transactional
    public MemberResponse updateMember(long id, MemberRequest r, String ifMatch) {
        CouncilMember x = findMember(id);
        requireManage(x.body);
        writes.update(memberApi(), x, ifMatch, m -> applyMember(m, r));
        refreshFigures(x.body);
        return toResponse(x);
    }

    @Transactional
    public void deleteMember(long id, String ifMatch) {
        CouncilMember x = findMember(id);
        requireManage(x.body);
        Versions.check(ifMatch, x.version, () -> toResponse(x));
        long attended = MeetingAttendance.count("member.id", id);
        if (attended > 0) {
            throw ProblemException.conflict("The member's attendance is recorded at " + attended
                    + " meetings; end the term instead of removing the member");
        }
        CouncilBody b = x.body;
        writes.delete(MEMBER, x);
        refreshFigures(b);
    }

    private void applyMember(CouncilMember x, MemberRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        CouncilSeat seat = CouncilSeat.findById(r.seatId());
        if (seat == null || !seat.body.id.equals(x.body.id)) {
            errors.add(new FieldProblem("seatId", "no such seat in this body", "Exists"));
        }
        Organization org = null;
        if (r.organizationId() != null) {
            org = Organization.findById(r.organizationId());
            if (org == null) {
                errors.add(new FieldProblem("organizationId", "no such organization", "Exists"));
            }
        }
        District district = null;
        if (r.districtId() != null) {
            district = District.findById(r.districtId());
            if (district == null) {
                errors.add(new FieldProblem("districtId", "no such district", "Exists"));
            }
        }
        if (org != null && district != null && org.districtId() != null && !org.districtId().equals(district.id)) {
            errors.add(new FieldProblem("organizationId", "the organization is of another district", "SameDistrict"));
        }
        if (seat != null && seat.filling == SeatFilling.DISTRICT_REPRESENTATIVE) {
            if (district == null && r.districtId() == null) {
                errors.add(new FieldProblem("districtId", "a district representative's seat needs the district", "NotNull"));
            } else if (district != null && !inReach(seat, district)) {
                errors.add(new FieldProblem("districtId", "the district is not in the body's reach", "Reach"));
            }
        }
        if (r.termEnd() != null && r.termEnd().isBefore(r.termStart())) {
            errors.add(new FieldProblem("termEnd", "must not be before termStart", "DateOrder"));
        }
        if (x.id != null && (!r.termStart().equals(x.termStart) || !java.util.Objects.equals(r.termEnd(), x.termEnd))) {
            // attendance already recorded must stay within the term
            Long outside = em.createQuery("select count(a) from MeetingAttendance a join a.meeting mt where a.member.id = :id"
                    + " and (mt.heldOn < :from or mt.heldOn > :to)", Long.class).setParameter("id", x.id)
                    .setParameter("from", r.termStart()).setParameter("to", r.termEnd() == null ? jp.kyodo.common.json.StrictJson.MAX_DATE : r.termEnd())
                    .getSingleResult();
            if (outside > 0) {
                errors.add(new FieldProblem("termStart", "the member's attendance is recorded at " + outside
                        + " meetings outside this term", "AttendanceInTerm"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        x.seat = seat;
        x.personName = r.personName().strip();
        x.personKana = Strings.blankToNull(r.personKana());
        x.personKey = personKey(x.personName);
        x.searchKey = TextNormalizer.searchKey(x.personName, x.personKana);
        x.organization = org;
        x.district = district;
        x.termStart = r.termStart();
        x.termEnd = r.termEnd();
        x.note = Strings.blankToNull(r.note());
    }

    /** The folded name without spaces: 山田　花子 and 山田花子 are one person. */
    public static String personKey(String name) {
        return TextNormalizer.fold(name).replaceAll("\\s+", "");
    }

    boolean inReach(CouncilSeat seat, District d) {
        Organization o = seat.body.organization;
        if (o == null) {
            return true;
        }
        if (o.districtId() != null) {
            return o.districtId().equals(d.id);
        }
        return o.ward == null || (d.ward != null && d.ward.id.equals(o.ward.id));
    }

    // ---- attendance ------------------------------------------------------------------------------

    /** The members of the meeting's body in term on its day, by seat order and kana. */
    List<CouncilMember> membersOn(CouncilMeeting m) {
        return em.createQuery(MEMBER_FETCH + " where b.id = :body and m.termStart <= :day and (m.termEnd is null or m.termEnd >= :day)"
                + " order by s.sortOrder, s.id, m.personKey, m.id", CouncilMember.class)
                .setParameter("body", m.body.id).setParameter("day", m.heldOn).getResultList();
    }

    public AttendanceResponse attendance(long meetingId) {
        CouncilMeeting m = meetings.findMeeting(meetingId);
        Map<Long, AttendanceStatus> recorded = new HashMap<>();
        for (MeetingAttendance a : MeetingAttendance.<MeetingAttendance>list("meeting.id", meetingId)) {
            recorded.put(a.member.id, a.status);
        }
        List<AttendanceRow> rows = new ArrayList<>();
        for (CouncilMember x : membersOn(m)) {
            boolean personal = currentUser.canSeePersonalData(x.personalDistrictId());
            String representing = x.district != null ? x.district.name : x.organization != null ? x.organization.name : null;
            rows.add(new AttendanceRow(x.id, personal ? x.personName : null, x.seat.title, representing, recorded.get(x.id)));
        }
        return new AttendanceResponse(m.id, MeetingService.displayName(m), m.heldOn, m.body.id, m.body.quorum,
                m.body.proxiesCount, figures(m), rows, new Permissions(canManage(m.body)), m.version);
    }

    public static AttendanceFigures figures(CouncilMeeting m) {
        if (m.membersOnDay == null) {
            return null;
        }
        int unrecorded = Math.max(0, m.membersOnDay - m.presentCount - m.proxyCount - m.absentCount);
        return new AttendanceFigures(m.membersOnDay, m.presentCount, m.proxyCount, m.absentCount, unrecorded,
                m.quorumRequired, m.quorumMet);
    }

    @Transactional
    public AttendanceResponse recordAttendance(long meetingId, List<AttendanceEntry> entries, String ifMatch) {
        CouncilMeeting m = meetings.findMeeting(meetingId);
        requireManage(m.body);
        Versions.check(ifMatch, m.version, () -> attendance(meetingId));
        Map<Long, CouncilMember> inTerm = new HashMap<>();
        membersOn(m).forEach(x -> inTerm.put(x.id, x));
        List<FieldProblem> errors = new ArrayList<>();
        Map<Long, AttendanceStatus> wanted = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry e = entries.get(i);
            if (!inTerm.containsKey(e.memberId())) {
                errors.add(new FieldProblem("rows[" + i + "].memberId", "not a member of the body in term on " + m.heldOn, "InTerm"));
            } else if (wanted.put(e.memberId(), e.status()) != null) {
                errors.add(new FieldProblem("rows[" + i + "].memberId", "listed twice", "Unique"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        write(m, wanted, true);
        em.flush();
        refreshFigures(List.of(m));
        return attendance(meetingId);
    }

    /** Attendance rows per insert statement (3 parameters each). */
    static final int INSERT_ROWS = 200;

    /**
     * Writes a meeting's attendance: updates of stored rows staged and flushed once (JDBC batches), new rows in
     * multi-row inserts (identity ids would make Hibernate insert them one statement each) with their history in one
     * batch, and — when {@code replace} — the rows of members not listed removed. Then the meeting keeps its figures.
     */
    public void write(CouncilMeeting m, Map<Long, AttendanceStatus> wanted, boolean replace) {
        Map<Long, MeetingAttendance> stored = new HashMap<>();
        em.createQuery("select a from MeetingAttendance a join fetch a.member where a.meeting = :m", MeetingAttendance.class)
                .setParameter("m", m).getResultList().forEach(a -> stored.put(a.member.id, a));
        boolean removed = false;
        if (replace) {
            for (MeetingAttendance a : stored.values()) {
                if (!wanted.containsKey(a.member.id)) {
                    writes.delete(ATTENDANCE, a);
                    removed = true;
                }
            }
        }
        List<Writes.Staged<MeetingAttendance>> staged = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        wanted.forEach((memberId, status) -> {
            MeetingAttendance a = stored.get(memberId);
            if (a == null) {
                added.add(new Object[] {memberId, status});
            } else if (a.status != status) {
                staged.add(writes.stage(ATTENDANCE, a, x -> x.status = status));
            }
        });
        writes.finish(staged);
        if (!added.isEmpty()) {
            long before = em.createQuery("select coalesce(max(a.id), 0) from MeetingAttendance a", Long.class).getSingleResult();
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
            em.unwrap(org.hibernate.Session.class).doWork(c -> {
                for (int from = 0; from < added.size(); from += INSERT_ROWS) {
                    List<Object[]> chunk = added.subList(from, Math.min(added.size(), from + INSERT_ROWS));
                    try (var insert = c.prepareStatement(jp.kyodo.common.persistence.Rows.insertValues(
                            "insert into meeting_attendance (meeting_id, member_id, status, version, created_at, updated_at) values ",
                            6, chunk.size()))) {
                        int i = 1;
                        for (Object[] r : chunk) {
                            insert.setLong(i++, m.id);
                            insert.setLong(i++, (Long) r[0]);
                            insert.setString(i++, ((AttendanceStatus) r[1]).name());
                            insert.setLong(i++, 0);
                            insert.setObject(i++, now);
                            insert.setObject(i++, now);
                        }
                        insert.executeUpdate();
                    }
                }
            });
            writes.insertedInBulk(ATTENDANCE, em.createQuery("select a from MeetingAttendance a join fetch a.meeting join fetch a.member"
                    + " where a.meeting = :m and a.id > :before order by a.id", MeetingAttendance.class).setParameter("m", m)
                    .setParameter("before", before).getResultList());
        }
        if (removed || !staged.isEmpty() || !added.isEmpty()) {
            // the meeting's version is the attendance's If-Match: any changed row moves it, also when the figures stay
            // the same (two members swapping 出席 and 欠席), so a second screen holding the old sheet is refused
            m.touch();
        }
        em.flush();
        refreshFigures(List.of(m));
    }

    /** Recomputes the kept attendance figures of the body's meetings that have attendance recorded. */
    void refreshFigures(CouncilBody b) {
        em.flush();
        refreshFigures(em.createQuery("from CouncilMeeting m where m.body = :b and m.membersOnDay is not null", CouncilMeeting.class)
                .setParameter("b", b).getResultList());
    }

    /** Recomputes the kept figures of the meetings (two grouped statements); touches only those that change. */
    public void refreshFigures(List<CouncilMeeting> list) {
        if (list.isEmpty()) {
            return;
        }
        List<Long> ids = list.stream().map(x -> x.id).toList();
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] r : em.createQuery("select a.meeting.id, a.status, count(a) from MeetingAttendance a where a.meeting.id in :ids"
                + " group by a.meeting.id, a.status", Object[].class).setParameter("ids", ids).getResultList()) {
            counts.computeIfAbsent((Long) r[0], k -> new int[3])[((AttendanceStatus) r[1]).ordinal()] = ((Long) r[2]).intValue();
        }
        Map<Long, Integer> onDay = new HashMap<>();
        for (Object[] r : em.createQuery("select mt.id, count(x) from CouncilMeeting mt, CouncilMember x where mt.id in :ids"
                + " and x.body = mt.body and x.termStart <= mt.heldOn and (x.termEnd is null or x.termEnd >= mt.heldOn)"
                + " group by mt.id", Object[].class).setParameter("ids", ids).getResultList()) {
            onDay.put((Long) r[0], ((Long) r[1]).intValue());
        }
        Set<Long> seen = new HashSet<>();
        for (CouncilMeeting m : list) {
            if (!seen.add(m.id)) {
                continue;
            }
            int[] c = counts.get(m.id);
            Integer members = c == null ? null : onDay.getOrDefault(m.id, 0);
            int present = c == null ? 0 : c[AttendanceStatus.PRESENT.ordinal()];
            int proxy = c == null ? 0 : c[AttendanceStatus.PROXY.ordinal()];
            int absent = c == null ? 0 : c[AttendanceStatus.ABSENT.ordinal()];
            Integer required = members == null ? null : m.body.quorum.required(members);
            Boolean met = required == null ? null : present + (m.body.proxiesCount ? proxy : 0) >= required;
            if (!java.util.Objects.equals(members, m.membersOnDay) || present != m.presentCount || proxy != m.proxyCount
                    || absent != m.absentCount || !java.util.Objects.equals(required, m.quorumRequired)
                    || !java.util.Objects.equals(met, m.quorumMet)) {
                m.membersOnDay = members;
                m.presentCount = present;
                m.proxyCount = proxy;
                m.absentCount = absent;
                m.quorumRequired = required;
                m.quorumMet = met;
            }
        }
    }
}

package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.department.Section;
import jp.kyodo.support.EventAttendance;
import jp.kyodo.support.EventDtos.AttendanceInput;
import jp.kyodo.support.EventDtos.AttendanceInputRow;
import jp.kyodo.support.EventDtos.AttendanceRow;
import jp.kyodo.support.EventDtos.EventPermissions;
import jp.kyodo.support.EventDtos.SupportEventInput;
import jp.kyodo.support.EventDtos.SupportEventResponse;
import jp.kyodo.support.SupportEvent;
import jp.kyodo.support.SupportEventKind;
import jp.kyodo.support.SupportProgram;

/**
 * 研修・説明会等 — the trainings and events the city holds, with registrations and attendance per district and
 * organization. Every staff role reads them; the office and the organizing section manage an event; a liaison
 * records the registrations and attendance of their own districts. Head counts only: no participant's name is kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportEvents {

    static final Map<String, String> SORT = Map.of("heldOn", "e.heldOn", "title", "e.title", "kind", "e.kind",
            "attendedTotal", "e.attendedTotal", "districtsAttended", "e.districtsAttended");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportPrograms programs;

    public record Filter(Integer fiscalYear, SupportEventKind kind, Long sectionId, Long programId, Long districtId,
            java.time.LocalDate from, java.time.LocalDate to, String q) {
    }

    public Aggregate<SupportEvent> aggregate() {
        return Aggregate.<SupportEvent>of("SupportEvent", e -> e.id, e -> e.version, this::toResponse)
                .withState(SupportEvents::auditState);
    }

    static Map<String, Object> auditState(SupportEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title);
        m.put("kind", e.kind);
        m.put("heldOn", e.heldOn);
        m.put("startsAt", time(e.startsAt));
        m.put("endsAt", time(e.endsAt));
        m.put("place", e.place);
        m.put("audience", e.audience);
        m.put("sectionId", e.sectionId);
        m.put("programId", e.programId);
        m.put("capacity", e.capacity);
        m.put("description", e.description);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EventAttendance a : e.attendance) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("districtId", a.districtId);
            r.put("organizationId", a.organizationId);
            r.put("registered", a.registered);
            r.put("attended", a.attended);
            rows.add(r);
        }
        m.put("attendance", rows);
        return m;
    }

    static String time(LocalTime t) {
        return t == null ? null : t.format(HH_MM);
    }

    // ---- who ------------------------------------------------------------------------------------------

    public boolean canManage(SupportEvent e) {
        return canManageSection(e.sectionId);
    }

    boolean canManageSection(long sectionId) {
        Long own = currentUser.sectionId();
        return currentUser.isOffice() || currentUser.isDepartment() && own != null && own == sectionId;
    }

    public boolean canRecord(SupportEvent e, long districtId) {
        return canManage(e) || currentUser.hasRole(Roles.LIAISON) && currentUser.districtIds().contains(districtId);
    }

    EventPermissions permissions(SupportEvent e) {
        return new EventPermissions(canManage(e), canManage(e)
                || currentUser.hasRole(Roles.LIAISON) && !currentUser.districtIds().isEmpty());
    }

    public void requireManage(SupportEvent e) {
        if (!canManage(e)) {
            throw ProblemException.forbidden("Only the office, or the organizing section, may change an event");
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------

    public SupportEvent find(long id) {
        SupportEvent e = SupportEvent.findById(id);
        if (e == null) {
            throw ProblemException.notFound("SupportEvent", id);
        }
        return e;
    }

    public SupportEventResponse get(long id) {
        return toResponse(find(id));
    }

    public Page<SupportEventResponse> list(Filter f, PageParams page, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.fiscalYear() != null) {
            where.append(" and e.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (f.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.sectionId() != null) {
            where.append(" and e.sectionId = :section");
            params.put("section", f.sectionId());
        }
        if (f.programId() != null) {
            where.append(" and e.programId = :program");
            params.put("program", f.programId());
        }
        if (f.districtId() != null) {
            where.append(" and e.id in (select x.id from SupportEvent x join x.attendance a where a.districtId = :district)");
            params.put("district", f.districtId());
        }
        if (f.from() != null) {
            where.append(" and e.heldOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and e.heldOn <= :to");
            params.put("to", f.to());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and e.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "e.updatedAt", "e.id");
        String order = k.orderBy(SortSpec.orderBy(page.sort, SORT, "heldOn", "e.id"), "e.updatedAt", "e.id");
        String from = " from SupportEvent e" + where;
        Page<SupportEvent> found = JpqlPage.of(em, "select count(e)" + from, "select e" + from + order,
                SupportEvent.class, params, page, k);
        Views v = views(found.items());
        return found.map(e -> toResponse(e, v));
    }

    /** What the responses of a page name: sections, programs, attendance rows and their districts and organizations. */
    record Views(Map<Long, String> sections, Map<Long, String> programs, Map<Long, List<EventAttendance>> attendance,
            Map<Long, String[]> districts, Map<Long, String> organizations) {
    }

    Views views(Collection<SupportEvent> events) {
        if (events.isEmpty()) {
            return new Views(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        }
        Set<Long> ids = events.stream().map(e -> e.id).collect(Collectors.toSet());
        Map<Long, String> sections = programs.sectionNames(events.stream().map(e -> e.sectionId).collect(Collectors.toSet()));
        Set<Long> programIds = events.stream().map(e -> e.programId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> programNames = programIds.isEmpty() ? Map.of()
                : em.createQuery("select p.id, p.name from SupportProgram p where p.id in :ids", Object[].class)
                        .setParameter("ids", programIds).getResultList().stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Map<Long, List<EventAttendance>> rows = new HashMap<>();
        Set<Long> districtIds = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        for (Object row : em.createNativeQuery("select event_id, district_id, organization_id, registered, attended "
                + "from support_event_attendance where event_id in (:ids) order by event_id, position")
                .setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            EventAttendance a = new EventAttendance(((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), r[4] == null ? null : ((Number) r[4]).intValue());
            rows.computeIfAbsent(((Number) r[0]).longValue(), x -> new ArrayList<>()).add(a);
            districtIds.add(a.districtId);
            if (a.organizationId != null) {
                orgIds.add(a.organizationId);
            }
        }
        return new Views(sections, programNames, rows, districtNames(districtIds), organizationNames(orgIds));
    }

    /** id → {name, kana, ward name}. */
    Map<Long, String[]> districtNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String[]> out = new HashMap<>();
        for (Object[] r : em.createQuery("select d.id, d.name, d.kana, w.name from District d left join d.ward w where d.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) r[0], new String[] {(String) r[1], (String) r[2], (String) r[3]});
        }
        return out;
    }

    Map<Long, String> organizationNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public SupportEventResponse toResponse(SupportEvent e) {
        Set<Long> districts = e.attendance.stream().map(a -> a.districtId).collect(Collectors.toSet());
        Set<Long> orgs = e.attendance.stream().map(a -> a.organizationId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> programNames = new HashMap<>();
        if (e.programId != null) {
            SupportProgram p = SupportProgram.findById(e.programId);
            if (p != null) {
                programNames.put(p.id, p.name);
            }
        }
        return toResponse(e, new Views(programs.sectionNames(Set.of(e.sectionId)), programNames,
                Map.of(e.id, List.copyOf(e.attendance)), districtNames(districts), organizationNames(orgs)));
    }

    SupportEventResponse toResponse(SupportEvent e, Views v) {
        List<AttendanceRow> rows = new ArrayList<>();
        for (EventAttendance a : v.attendance().getOrDefault(e.id, List.of())) {
            String[] d = v.districts().getOrDefault(a.districtId, new String[] {"", "", null});
            rows.add(new AttendanceRow(a.districtId, d[0], d[2], a.organizationId,
                    a.organizationId == null ? null : v.organizations().get(a.organizationId), a.registered, a.attended));
        }
        Comparator<AttendanceRow> byDistrict = Comparator.comparing(
                r -> Objects.requireNonNullElse(v.districts().getOrDefault(r.districtId(), new String[] {"", "", null})[1], ""));
        rows.sort(byDistrict.thenComparing(AttendanceRow::districtId)
                .thenComparing(r -> r.organizationName() == null ? "" : r.organizationName()));
        return new SupportEventResponse(e.id, e.fiscalYear, e.title, e.kind, e.heldOn, time(e.startsAt), time(e.endsAt), e.place,
                e.audience, e.sectionId, v.sections().get(e.sectionId), e.programId,
                e.programId == null ? null : v.programs().get(e.programId), e.capacity, e.description, e.registeredTotal,
                e.attendedTotal, e.districtsAttended, rows, permissions(e), e.version, e.createdAt, e.updatedAt);
    }

    // ---- writing ----------------------------------------------------------------------------------------

    @Transactional
    public SupportEventResponse create(SupportEventInput body) {
        if (!canManageSection(body.sectionId())) {
            throw ProblemException.forbidden("Only the office, or the organizing section itself, may add its events");
        }
        SupportEvent e = new SupportEvent();
        check(body);
        apply(e, body);
        return toResponse(writes.create(aggregate(), e));
    }

    @Transactional
    public SupportEventResponse update(long id, SupportEventInput body, String ifMatch) {
        SupportEvent e = find(id);
        requireManage(e);
        if (!canManageSection(body.sectionId())) {
            throw ProblemException.forbidden("Only the office may hand an event to another section");
        }
        check(body);
        writes.update(aggregate(), e, ifMatch, x -> apply(x, body));
        return toResponse(e);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        SupportEvent e = find(id);
        requireManage(e);
        writes.delete(aggregate(), e, ifMatch);
    }

    /**
     * Replaces the registrations and attendance of one district: the office and the organizing section for any
     * district, a liaison for their own. Organizations must be of the district, each at most once, and at most one
     * row stands for the district as a whole.
     */
    @Transactional
    public SupportEventResponse recordAttendance(long id, long districtId, AttendanceInput body, String ifMatch) {
        SupportEvent e = find(id);
        if (em.find(jp.kyodo.district.District.class, districtId) == null) {
            throw ProblemException.notFound("District", districtId);
        }
        if (!canRecord(e, districtId)) {
            throw ProblemException.forbidden("Only the office, the organizing section, or a liaison of the district records its attendance");
        }
        List<FieldProblem> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean whole = false;
        Set<Long> orgIds = body.rows().stream().map(AttendanceInputRow::organizationId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Long> orgDistrict = new HashMap<>();
        if (!orgIds.isEmpty()) {
            for (Object[] r : em.createQuery("select o.id, d.id from Organization o left join o.district d where o.id in :ids", Object[].class)
                    .setParameter("ids", orgIds).getResultList()) {
                orgDistrict.put((Long) r[0], (Long) r[1]);
            }
        }
        for (int i = 0; i < body.rows().size(); i++) {
            AttendanceInputRow r = body.rows().get(i);
            String at = "rows[" + i + "]";
            if (r.organizationId() == null) {
                if (whole) {
                    errors.add(new FieldProblem(at + ".organizationId", "only one row stands for the district as a whole", "Unique"));
                }
                whole = true;
            } else if (!orgDistrict.containsKey(r.organizationId())) {
                errors.add(new FieldProblem(at + ".organizationId", "no such organization", "Exists"));
            } else if (!Objects.equals(orgDistrict.get(r.organizationId()), districtId)) {
                errors.add(new FieldProblem(at + ".organizationId", "not an organization of this district", "SameDistrict"));
            } else if (!seen.add(r.organizationId())) {
                errors.add(new FieldProblem(at + ".organizationId", "named twice", "Unique"));
            }
            if (e.capacity != null && r.registered() > e.capacity) {
                errors.add(new FieldProblem(at + ".registered", "more than the event's capacity", "Capacity"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        writes.update(aggregate(), e, ifMatch, x -> {
            List<EventAttendance> kept = new ArrayList<>(x.attendance.stream().filter(a -> a.districtId != districtId).toList());
            for (AttendanceInputRow r : body.rows()) {
                kept.add(new EventAttendance(districtId, r.organizationId(), r.registered(), r.attended()));
            }
            if (!sameRows(x.attendance, kept)) {
                x.attendance.clear();
                x.attendance.addAll(kept);
                x.recount();
                if (x.capacity != null && x.registeredTotal > x.capacity) {
                    throw ProblemException.invalid("rows", "the registrations of all districts would exceed the capacity ("
                            + x.capacity + ")", "Capacity");
                }
                x.touch();
            }
        });
        return toResponse(e);
    }

    /** The same rows in any order (a district's rows are replaced at the end of the list). */
    static boolean sameRows(List<EventAttendance> a, List<EventAttendance> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }

    void check(SupportEventInput b) {
        List<FieldProblem> errors = new ArrayList<>();
        if (em.find(Section.class, b.sectionId()) == null) {
            errors.add(new FieldProblem("sectionId", "no such section", "Exists"));
        }
        if (b.programId() != null && em.find(SupportProgram.class, b.programId()) == null) {
            errors.add(new FieldProblem("programId", "no such program", "Exists"));
        }
        if (b.startsAt() != null && b.endsAt() != null && !LocalTime.parse(b.endsAt()).isAfter(LocalTime.parse(b.startsAt()))) {
            errors.add(new FieldProblem("endsAt", "must be after startsAt", "TimeOrder"));
        }
        if (b.endsAt() != null && b.startsAt() == null) {
            errors.add(new FieldProblem("startsAt", "needed with endsAt", "Required"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    void apply(SupportEvent e, SupportEventInput b) {
        e.title = b.title().strip();
        e.kind = b.kind();
        e.heldOn = b.heldOn();
        e.fiscalYear = Japanese.fiscalYearOf(b.heldOn());
        e.startsAt = b.startsAt() == null ? null : LocalTime.parse(b.startsAt());
        e.endsAt = b.endsAt() == null ? null : LocalTime.parse(b.endsAt());
        e.place = Strings.blankToNull(b.place());
        e.audience = b.audience();
        e.sectionId = b.sectionId();
        e.programId = b.programId();
        e.capacity = b.capacity();
        e.description = Strings.blankToNull(b.description());
        e.searchKey = TextNormalizer.searchKey(e.title, e.place, e.description);
        if (e.capacity != null && e.registeredTotal > e.capacity) {
            throw ProblemException.invalid("capacity", "fewer than the " + e.registeredTotal + " already registered", "Capacity");
        }
    }
}

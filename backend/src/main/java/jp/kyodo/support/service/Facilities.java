package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
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
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.district.District;
import jp.kyodo.support.Facility;
import jp.kyodo.support.FacilityDtos.FacilityInput;
import jp.kyodo.support.FacilityDtos.FacilityResponse;
import jp.kyodo.support.FacilityDtos.Room;
import jp.kyodo.support.FacilityDtos.Work;
import jp.kyodo.support.FacilityDtos.WorkInput;
import jp.kyodo.support.FacilityKind;
import jp.kyodo.support.FacilityRoom;
import jp.kyodo.support.FacilityWork;
import jp.kyodo.support.GrantCase;

/**
 * 場の提供 — facilities: community centres and halls per district and the rooms the city lends. Every staff role
 * reads them; the office changes any; a liaison changes those of their own districts (not the city's rooms, which
 * have no district).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Facilities {

    static final Map<String, String> SORT = Map.of("name", "f.name", "kind", "f.kind", "district", "d.kana",
            "builtYear", "f.builtYear", "capacity", "f.capacity");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    public record Filter(Long districtId, Long wardId, FacilityKind kind, String q) {
    }

    public Aggregate<Facility> aggregate() {
        return Aggregate.<Facility>of("Facility", f -> f.id, f -> f.version, this::toResponse).withState(Facilities::auditState);
    }

    static Map<String, Object> auditState(Facility f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name);
        m.put("kind", f.kind);
        m.put("districtId", f.districtId);
        m.put("address", f.address);
        m.put("owner", f.owner);
        m.put("ownerName", f.ownerName);
        m.put("capacity", f.capacity);
        m.put("builtYear", f.builtYear);
        m.put("lentByCity", f.lentByCity);
        m.put("note", f.note);
        m.put("rooms", f.rooms.stream().map(r -> r.name + (r.capacity == null ? "" : " (" + r.capacity + ")")).toList());
        m.put("works", f.works.stream().map(w -> w.doneOn + " " + w.kind + " " + w.description
                + (w.costYen == null ? "" : " ¥" + w.costYen) + (w.subsidyYen == null ? "" : " 補助 ¥" + w.subsidyYen)
                + (w.programId == null ? "" : " program " + w.programId)).toList());
        return m;
    }

    public boolean canEdit(Long districtId) {
        return currentUser.isOffice() || districtId != null && currentUser.canEditDistrict(districtId);
    }

    public Facility find(long id) {
        Facility f = Facility.findById(id);
        if (f == null) {
            throw ProblemException.notFound("Facility", id);
        }
        return f;
    }

    public FacilityResponse get(long id) {
        return toResponse(find(id));
    }

    public Page<FacilityResponse> list(Filter f, PageParams page, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and f.districtId = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and d.ward.id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.kind() != null) {
            where.append(" and f.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and f.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "f.updatedAt", "f.id");
        String order = k.orderBy(SortSpec.orderBy(page.sort, SORT, "district,name", "f.id"), "f.updatedAt", "f.id");
        String from = " from Facility f left join District d on d.id = f.districtId" + where;
        Page<Facility> found = JpqlPage.of(em, "select count(f)" + from, "select f" + from + order, Facility.class, params, page, k);
        Views v = views(found.items());
        return found.map(x -> toResponse(x, v));
    }

    record Views(Map<Long, String[]> districts, Map<Long, List<FacilityRoom>> rooms, Map<Long, List<FacilityWork>> works,
            Map<Long, Object[]> programs) {
    }

    Views views(Collection<Facility> facilities) {
        if (facilities.isEmpty()) {
            return new Views(Map.of(), Map.of(), Map.of(), Map.of());
        }
        Set<Long> ids = facilities.stream().map(f -> f.id).collect(Collectors.toSet());
        Set<Long> districtIds = facilities.stream().map(f -> f.districtId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, List<FacilityRoom>> rooms = new HashMap<>();
        for (Object row : em.createNativeQuery("select facility_id, name, capacity from facility_room where facility_id in (:ids) "
                + "order by facility_id, position").setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            rooms.computeIfAbsent(((Number) r[0]).longValue(), x -> new ArrayList<>())
                    .add(new FacilityRoom((String) r[1], r[2] == null ? null : ((Number) r[2]).intValue()));
        }
        Map<Long, List<FacilityWork>> works = new HashMap<>();
        for (Object row : em.createNativeQuery("select facility_id, done_on, kind, description, cost_yen, program_id, grant_case_id, "
                + "subsidy_yen from facility_work where facility_id in (:ids) order by facility_id, position")
                .setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            FacilityWork w = new FacilityWork();
            w.doneOn = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[1];
            w.kind = jp.kyodo.support.FacilityWorkKind.valueOf((String) r[2]);
            w.description = (String) r[3];
            w.costYen = longOrNull(r[4]);
            w.programId = longOrNull(r[5]);
            w.grantCaseId = longOrNull(r[6]);
            w.subsidyYen = longOrNull(r[7]);
            works.computeIfAbsent(((Number) r[0]).longValue(), x -> new ArrayList<>()).add(w);
        }
        Set<Long> programIds = works.values().stream().flatMap(List::stream).map(w -> w.programId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Views(districts(districtIds), rooms, works, programs(programIds));
    }

    static Long longOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    Map<Long, String[]> districts(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String[]> out = new HashMap<>();
        for (Object[] r : em.createQuery("select d.id, d.name, w.name from District d left join d.ward w where d.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) r[0], new String[] {(String) r[1], (String) r[2]});
        }
        return out;
    }

    Map<Long, Object[]> programs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> out = new HashMap<>();
        for (Object[] r : em.createQuery("select p.id, p.name, p.fiscalYear from SupportProgram p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            out.put((Long) r[0], new Object[] {r[1], r[2]});
        }
        return out;
    }

    public FacilityResponse toResponse(Facility f) {
        Set<Long> programIds = f.works.stream().map(w -> w.programId).filter(Objects::nonNull).collect(Collectors.toSet());
        return toResponse(f, new Views(districts(f.districtId == null ? Set.of() : Set.of(f.districtId)),
                Map.of(f.id, List.copyOf(f.rooms)), Map.of(f.id, List.copyOf(f.works)), programs(programIds)));
    }

    FacilityResponse toResponse(Facility f, Views v) {
        String[] d = f.districtId == null ? null : v.districts().get(f.districtId);
        List<Work> works = new ArrayList<>();
        long subsidies = 0;
        for (FacilityWork w : v.works().getOrDefault(f.id, List.of())) {
            Object[] p = w.programId == null ? null : v.programs().get(w.programId);
            works.add(new Work(w.doneOn, w.kind, w.description, w.costYen, w.programId, p == null ? null : (String) p[0],
                    p == null ? null : (Integer) p[1], w.grantCaseId, w.subsidyYen));
            subsidies += w.subsidyYen == null ? 0 : w.subsidyYen;
        }
        List<Room> rooms = v.rooms().getOrDefault(f.id, List.of()).stream().map(r -> new Room(r.name, r.capacity)).toList();
        return new FacilityResponse(f.id, f.name, f.kind, f.districtId, d == null ? null : d[0], d == null ? null : d[1],
                f.address, f.owner, f.ownerName, f.capacity, f.builtYear, f.lentByCity, f.note, rooms, works, subsidies,
                canEdit(f.districtId), f.version, f.createdAt, f.updatedAt);
    }

    // ---- writing ----------------------------------------------------------------------------------------

    @Transactional
    public FacilityResponse create(FacilityInput body) {
        requireEdit(body.districtId());
        check(body);
        Facility f = new Facility();
        apply(f, body);
        return toResponse(writes.create(aggregate(), f));
    }

    @Transactional
    public FacilityResponse update(long id, FacilityInput body, String ifMatch) {
        Facility f = find(id);
        requireEdit(f.districtId);
        requireEdit(body.districtId());
        check(body);
        writes.update(aggregate(), f, ifMatch, x -> apply(x, body));
        return toResponse(f);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Facility f = find(id);
        requireEdit(f.districtId);
        writes.delete(aggregate(), f, ifMatch);
    }

    void requireEdit(Long districtId) {
        if (!canEdit(districtId)) {
            throw ProblemException.forbidden("Only the office, or a liaison of the district, may change its facilities; the city's rooms "
                    + "are the office's");
        }
    }

    void check(FacilityInput b) {
        List<FieldProblem> errors = new ArrayList<>();
        if (b.districtId() == null && b.kind() != FacilityKind.CITY_ROOM) {
            errors.add(new FieldProblem("districtId", "a district's facility names its district (only the city's rooms have none)", "Required"));
        } else if (b.districtId() != null && em.find(District.class, b.districtId()) == null) {
            errors.add(new FieldProblem("districtId", "no such district", "Exists"));
        }
        Set<String> names = new HashSet<>();
        List<Room> rooms = b.rooms() == null ? List.of() : b.rooms();
        for (int i = 0; i < rooms.size(); i++) {
            if (!names.add(TextNormalizer.fold(rooms.get(i).name()))) {
                errors.add(new FieldProblem("rooms[" + i + "].name", "named twice", "Unique"));
            }
        }
        List<WorkInput> works = b.works() == null ? List.of() : b.works();
        for (int i = 0; i < works.size(); i++) {
            WorkInput w = works.get(i);
            String at = "works[" + i + "]";
            if (w.subsidyYen() != null && w.costYen() != null && w.subsidyYen() > w.costYen()) {
                errors.add(new FieldProblem(at + ".subsidyYen", "must not exceed costYen", "AtMostCost"));
            }
            if (w.subsidyYen() != null && w.programId() == null) {
                errors.add(new FieldProblem(at + ".programId", "a subsidy names the program that paid it", "Required"));
            }
            if (w.programId() != null && em.find(jp.kyodo.support.SupportProgram.class, w.programId()) == null) {
                errors.add(new FieldProblem(at + ".programId", "no such program", "Exists"));
            }
            if (w.grantCaseId() != null) {
                GrantCase c = em.find(GrantCase.class, w.grantCaseId());
                if (c == null) {
                    errors.add(new FieldProblem(at + ".grantCaseId", "no such grant case", "Exists"));
                } else if (!Objects.equals(c.program.id, w.programId())) {
                    errors.add(new FieldProblem(at + ".grantCaseId", "a case of another program", "SameProgram"));
                }
            }
            if (i > 0 && w.doneOn().isBefore(works.get(i - 1).doneOn())) {
                errors.add(new FieldProblem(at + ".doneOn", "the history goes oldest first", "Order"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    void apply(Facility f, FacilityInput b) {
        f.name = b.name().strip();
        f.kind = b.kind();
        f.districtId = b.districtId();
        f.address = Strings.blankToNull(b.address());
        f.owner = b.owner();
        f.ownerName = Strings.blankToNull(b.ownerName());
        f.capacity = b.capacity();
        f.builtYear = b.builtYear();
        f.lentByCity = Boolean.TRUE.equals(b.lentByCity());
        f.note = Strings.blankToNull(b.note());
        f.searchKey = TextNormalizer.searchKey(f.name, f.address, f.ownerName, f.note);
        List<FacilityRoom> rooms = (b.rooms() == null ? List.<Room>of() : b.rooms()).stream()
                .map(r -> new FacilityRoom(r.name().strip(), r.capacity())).toList();
        List<FacilityWork> works = new ArrayList<>();
        for (WorkInput w : b.works() == null ? List.<WorkInput>of() : b.works()) {
            FacilityWork x = new FacilityWork();
            x.doneOn = w.doneOn();
            x.kind = w.kind();
            x.description = w.description().strip();
            x.costYen = w.costYen();
            x.programId = w.programId();
            x.grantCaseId = w.grantCaseId();
            x.subsidyYen = w.subsidyYen();
            works.add(x);
        }
        if (!f.rooms.equals(rooms) || !f.works.equals(works)) {
            f.rooms.clear();
            f.rooms.addAll(rooms);
            f.works.clear();
            f.works.addAll(works);
            f.touch();
        }
    }
}
